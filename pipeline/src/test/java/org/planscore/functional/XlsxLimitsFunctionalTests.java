package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The .xlsx limits that guard memory are checked before the memory is taken: a shared-strings table larger than
 * {@code max-shared-strings-bytes} refuses the file from its size in the zip directory, unread; a cell longer than
 * {@code max-cell-chars} refuses the file, naming the sheet and the cell. Small limits here, so the files stay small.
 */
@SpringBootTest
class XlsxLimitsFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("xlsx-limits");
    private static final Path DATA = ROOT.resolve("data");
    private static final Path INBOX = DATA.resolve("inbox");
    private static final int MAX_SHARED_STRINGS_BYTES = 8 * 1024;
    private static final int MAX_CELL_CHARS = 1_000;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT);
        registry.add("planscore.import.limits.max-shared-strings-bytes", () -> MAX_SHARED_STRINGS_BYTES);
        registry.add("planscore.import.limits.max-cell-chars", () -> MAX_CELL_CHARS);
    }

    @Autowired
    private Commands commands;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSharedStringsTableOverTheLimitIsRefusedUnreadAndALongCellIsNamedBySheetAndCell() throws Exception {
        // given a good workbook; a workbook whose shared-strings table is 64 KB against a limit of 8 KB, and broken
        // (never closed): read, it would fail as unreadable XML, so its reason shows it was refused before reading;
        // and a workbook whose cell C2 holds 1,500 characters against a limit of 1,000
        HandMadeXlsx.write(INBOX.resolve("good.xlsx"), sheet(row(1, header()) + row(2, tidy("XLSX_GOOD", "7.5"))), null);
        StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        while (strings.length() < 64 * 1024) {
            strings.append("<si><t>Hải Phòng ").append(strings.length()).append("</t></si>");
        }
        HandMadeXlsx.write(INBOX.resolve("big-strings.xlsx"),
                sheet(row(1, header()) + row(2, tidy("XLSX_STRINGS", "1"))), strings.toString());
        String longArea = "Khu kinh tế Đình Vũ - Cát Hải ".repeat(50);   // 30 characters, 50 times
        HandMadeXlsx.write(INBOX.resolve("long-cell.xlsx"), sheet(row(1, header())
                + row(2, HandMadeXlsx.cell("A2", "XLSX_LONG") + HandMadeXlsx.cell("B2", "2024")
                        + HandMadeXlsx.cell("C2", longArea) + HandMadeXlsx.cell("D2", "1")
                        + HandMadeXlsx.cell("E2", "%"))), null);

        // when the nightly job runs
        CommandResult result = CommandResult.run(commands, "run", "--as-of", "2025-12-31");

        // then the night goes on: the run succeeds and the good workbook is imported
        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.OK);
        assertThat(observations("XLSX_GOOD")).isEqualTo(1);
        // and the table over its limit is refused by its size, in KB rounded up, in both languages
        int tableKb = (strings.toString().getBytes(StandardCharsets.UTF_8).length + 1023) / 1024;
        assertThat(reason("big-strings.xlsx"))
                .contains("shared-strings table of " + tableKb + " KB, more than the 8 KB limit")
                .contains("bảng chuỗi dùng chung (" + tableKb + " KB) lớn hơn giới hạn 8 KB");
        assertThat(observations("XLSX_STRINGS")).isZero();
        // and the long cell refuses its file, named by sheet and cell, with its length and the limit
        assertThat(reason("long-cell.xlsx"))
                .contains("a cell " + longArea.length() + " characters long ('Data', cell C2 / ô C2)")
                .contains("beyond the limit of " + MAX_CELL_CHARS)
                .contains("một ô dài " + longArea.length() + " ký tự");
        assertThat(observations("XLSX_LONG")).isZero();
        assertThat(Files.list(INBOX)).isEmpty();
    }

    /** A header in words, as analysts write it: the columns are found by their titles. */
    private static String header() {
        return HandMadeXlsx.cell("A1", "indicator") + HandMadeXlsx.cell("B1", "period")
                + HandMadeXlsx.cell("C1", "area") + HandMadeXlsx.cell("D1", "value") + HandMadeXlsx.cell("E1", "unit");
    }

    private static String tidy(String indicator, String value) {
        return HandMadeXlsx.cell("A2", indicator) + HandMadeXlsx.cell("B2", "2024")
                + HandMadeXlsx.cell("C2", "Hải Phòng") + HandMadeXlsx.cell("D2", value) + HandMadeXlsx.cell("E2", "%");
    }

    private static String row(int number, String cells) {
        return "<row r=\"" + number + "\">" + cells + "</row>";
    }

    private static HandMadeXlsx.Part sheet(String rows) {
        return out -> out.write((HandMadeXlsx.SHEET_START + rows + HandMadeXlsx.SHEET_END)
                .getBytes(StandardCharsets.UTF_8));
    }

    private long observations(String indicator) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE indicator = ?", Long.class, indicator);
    }

    private static String reason(String name) throws IOException {
        Path reason = DATA.resolve("rejected").resolve(name + ".reason.txt");
        assertThat(Files.isRegularFile(reason, LinkOption.NOFOLLOW_LINKS)).as("reason file for " + name).isTrue();
        return Files.readString(reason);
    }
}
