package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What happens to the files an analyst drops into the inbox: imported and archived, rejected with a reason, or
 * imported in part with the bad rows listed. No file is lost and none is counted twice.
 */
@SpringBootTest
class InboxFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("inbox");
    private static final Path INBOX = ROOT.resolve("data/inbox");
    private static final String HEADER = "indicator,area,period,value,unit,vintage,source\n";

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT);
    }

    @Autowired
    private Commands commands;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aFileWithABadRowImportsTheGoodRowsAndListsTheBadOne() throws Exception {
        // given a CSV whose third data row has a value that is not a number
        drop("port-2024.csv", HEADER
                + "PORT_TEST,Hải Phòng,2022,168.1,mn tonnes,official,city report\n"
                + "PORT_TEST,Hải Phòng,2023,170.08,mn tonnes,estimate,city report\n"
                + "PORT_TEST,Hải Phòng,2024,một trăm,mn tonnes,estimate,city report\n");

        // when the nightly job runs
        CommandResult result = CommandResult.run(commands, "run", "--as-of", "2025-12-31");

        // then two rows are stored, the file is archived, and its errors file names row 4, column value, in both languages
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(observations("PORT_TEST")).isEqualTo(2);
        Path archived = archived("port-2024.csv");
        String errors = Files.readString(archived.resolveSibling("port-2024.csv.errors.csv"), StandardCharsets.UTF_8);
        assertThat(errors).startsWith("\uFEFFrow,cell").contains("4:value").contains("một trăm\"\" không phải là số")
                .contains("một trăm\"\" is not a number").contains("row 4");
    }

    @Test
    void theSameFileDroppedTwiceIsRecognisedAndNotCountedTwice() throws Exception {
        // given a file that has been imported
        String content = HEADER + "TWICE_TEST,Hải Phòng,2024,5,units,official,test\n";
        drop("twice.csv", content);
        CommandResult.run(commands, "run", "--as-of", "2025-12-31");
        assertThat(observations("TWICE_TEST")).isEqualTo(1);

        // when the same bytes arrive again under another name
        drop("twice-again.csv", content);
        CommandResult second = CommandResult.run(commands, "run", "--as-of", "2025-12-31");

        // then it is kept in rejected/ with a reason naming the original, and nothing is counted twice
        assertThat(second.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(observations("TWICE_TEST")).isEqualTo(1);
        String reason = Files.readString(ROOT.resolve("data/rejected/twice-again.csv.reason.txt"));
        assertThat(reason).contains("twice.csv").contains("không được tính hai lần").contains("not counted twice");
        assertThat(ROOT.resolve("data/rejected/twice-again.csv")).isRegularFile();
    }

    @Test
    void aFileWithoutARequiredColumnIsRejectedAndTheOtherFilesGoOn() throws Exception {
        // given a file without the unit column, and a good file beside it
        drop("no-unit.csv", "indicator,area,period,value\nNO_UNIT_TEST,Hải Phòng,2024,1\n");
        drop("good.csv", HEADER + "GOOD_TEST,Hải Phòng,2024,7.5,%,official,test\n");

        // when the nightly job runs
        CommandResult result = CommandResult.run(commands, "run", "--as-of", "2025-12-31");

        // then the first is rejected with a reason naming the missing column, and the second is imported
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        String reason = Files.readString(ROOT.resolve("data/rejected/no-unit.csv.reason.txt"));
        assertThat(reason).contains("thiếu cột: unit").contains("lacks the column(s): unit");
        assertThat(observations("NO_UNIT_TEST")).isZero();
        assertThat(observations("GOOD_TEST")).isEqualTo(1);
        assertThat(Files.list(INBOX)).isEmpty();
    }

    @Test
    void anXlsxSheetWithTheSameColumnsIsImportedWithValuesAsStored() throws Exception {
        // given a workbook whose sheet starts with a title row, then the tidy header, then figures at full precision
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(INBOX.resolve("fdi.xlsx"))) {
            Sheet sheet = workbook.createSheet("Số liệu ");
            sheet.createRow(0).createCell(0).setCellValue("FDI cấp mới, triệu USD");
            String[] header = {"indicator", "area", "period", "value", "unit", "vintage", "source"};
            Row head = sheet.createRow(2);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("XLSX_FDI_TEST");
            row.createCell(1).setCellValue(" Hải Phòng ");
            row.createCell(2).setCellValue(2020);
            row.createCell(3).setCellValue(1064.128042);
            row.createCell(4).setCellValue("mn USD");
            row.createCell(5).setCellValue("ước tính");
            row.createCell(6).setCellValue("GSO Biểu 2020-12");
            workbook.write(out);
        }

        // when the nightly job runs
        CommandResult.run(commands, "run", "--as-of", "2025-12-31");

        // then the figure is stored exactly, trimmed, with its vintage
        var stored = jdbc.queryForMap("SELECT area, period, obs_value, vintage FROM observation WHERE indicator = ?",
                "XLSX_FDI_TEST");
        assertThat(stored.get("AREA")).isEqualTo("Hải Phòng");
        assertThat(stored.get("PERIOD")).isEqualTo("2020");
        assertThat((Double) stored.get("OBS_VALUE")).isEqualTo(1064.128042);
        assertThat(stored.get("VINTAGE")).isEqualTo("estimate");
    }

    private long observations(String indicator) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE indicator = ?", Long.class, indicator);
        return n == null ? 0 : n;
    }

    private static void drop(String name, String content) throws IOException {
        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path archived(String name) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("data/archive"))) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals(name)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
