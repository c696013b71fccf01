package org.planscore.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * Cells as the import reads them from an .xlsx written by POI: values as stored, dates in either date system as ISO
 * dates, a formula's cached result, blank rows passed over; and the same rows as the streaming reader the product
 * used before gives them.
 */
class XlsxGridTest {

    private static final LocalDate END_OF_JUNE = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    @Test
    void cellsAreReadAsStoredWithDatesAsIsoDates() throws IOException {
        // given a workbook of every kind of cell, its dates counted from 1900
        Path file = workbook(false);

        // when it is read
        List<String> rows = rows(file);

        // then numbers are as stored (not as their percent style shows them), dates in built-in and own formats are
        // ISO dates, a formula gives its cached text, an error its code; the blank row is passed over
        assertThat(rows).containsExactly(
                "Số liệu 1: [Chỉ tiêu, 2024, 1064.128042, 0.125] numbers {1, 2, 3}",
                "Số liệu 2: [Ngày, 2025-06-30, 2025-06-30, true] numbers {1, 2}",
                "Số liệu 4: [Hải Phòng, #REF!, , 7] numbers {3}",
                "Thứ hai 1: [, , x] numbers {}");
    }

    @Test
    void datesOfAWorkbookCountedFrom1904AreTheSameDates() throws IOException {
        // given the same workbook with its dates counted from 1904 (as Excel for Mac wrote them)
        Path file = workbook(true);

        // when it is read, then its dates are the dates written
        assertThat(rows(file)).contains("Số liệu 2: [Ngày, 2025-06-30, 2025-06-30, true] numbers {1, 2}");
    }

    @Test
    void theRowsAreThoseTheStreamingReaderGave() throws IOException {
        // given the workbook in both date systems
        for (boolean date1904 : new boolean[] {false, true}) {
            Path file = workbook(date1904);

            // when read by the grid and by the streaming reader the import used before, then the rows are the same
            try (Grid before = new WorkbookGrid(StreamingReader.builder().open(file.toFile()), "w.xlsx",
                    ImportLimits.DEFAULTS)) {
                assertThat(rows(file)).isEqualTo(rows(before));
            }
        }
    }

    @Test
    void aWorkbookInStrictOpenXmlGivesTheSameRows() throws IOException {
        // given the workbook saved as "Strict Open XML Spreadsheet": the same parts under the ISO namespaces
        Path transitional = workbook(false);
        Path strict = dir.resolve("strict.xlsx");
        rewriteParts(transitional, strict, (name, xml) -> xml
                .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                        "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships"));

        // when both are read, then their rows are the same: shared strings, styles (dates) and sheets are found
        assertThat(rows(strict)).isEqualTo(rows(transitional));
    }

    @Test
    void aSheetCutOffInTheMiddleRefusesTheFileNamingTheSheetAndTheRow() throws IOException {
        // given the workbook with its first sheet's XML cut off inside its fourth row (a copy that did not finish)
        Path whole = workbook(false);
        Path cut = dir.resolve("cut.xlsx");
        rewriteParts(whole, cut, (name, xml) -> name.equals("xl/worksheets/sheet1.xml")
                ? xml.substring(0, xml.indexOf("<row r=\"4\"") + 20) : xml);

        // when it is read, then the rows before the cut come out, and the cut refuses the file with where it is
        assertThatThrownBy(() -> rows(cut)).isInstanceOf(FileRejectedException.class)
                .satisfies(e -> assertThat(((FileRejectedException) e).reason().en())
                        .contains("cut.xlsx").contains("'Số liệu', row 4"));
    }

    /** A copy of a workbook with each XML part's text rewritten. */
    private static void rewriteParts(Path from, Path to, BinaryOperator<String> rewrite) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(rewrite.apply(entry.getName(), xml).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private Path workbook(boolean date1904) throws IOException {
        Path file = dir.resolve(date1904 ? "w1904.xlsx" : "w.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            if (date1904) {
                workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            }
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle builtInDate = workbook.createCellStyle();
            builtInDate.setDataFormat((short) 14);
            CellStyle ownDate = workbook.createCellStyle();
            ownDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

            Sheet sheet = workbook.createSheet("Số liệu");
            Row first = sheet.createRow(0);
            first.createCell(0).setCellValue("Chỉ tiêu");
            first.createCell(1).setCellValue(2024);
            first.createCell(2).setCellValue(1064.128042);
            first.createCell(3).setCellValue(0.125);
            first.getCell(3).setCellStyle(percent);
            Row second = sheet.createRow(1);
            second.createCell(0).setCellValue("Ngày");
            second.createCell(1).setCellValue(END_OF_JUNE);
            second.getCell(1).setCellStyle(builtInDate);
            second.createCell(2).setCellValue(END_OF_JUNE);
            second.getCell(2).setCellStyle(ownDate);
            second.createCell(3).setCellValue(true);
            sheet.createRow(2).createCell(1).setCellValue("  ");
            Row fourth = sheet.createRow(3);
            fourth.createCell(0).setCellFormula("\"Hải\"&\" Phòng\"");
            fourth.createCell(1).setCellErrorValue(FormulaError.REF.getCode());
            fourth.createCell(3).setCellFormula("3+4");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.createSheet("Thứ hai").createRow(0).createCell(2).setCellValue("x");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static List<String> rows(Path file) throws IOException {
        try (Grid grid = TableSources.open(file, file.getFileName().toString(), ImportLimits.DEFAULTS)) {
            return rows(grid);
        }
    }

    private static List<String> rows(Grid grid) throws IOException {
        List<String> rows = new ArrayList<>();
        for (SheetRows sheet = grid.nextSheet(); sheet != null; sheet = grid.nextSheet()) {
            for (RawRow row = sheet.next(); row != null; row = sheet.next()) {
                rows.add(sheet.name() + " " + row.row() + ": " + row.cells() + " numbers " + row.numeric());
            }
        }
        return rows;
    }
}
