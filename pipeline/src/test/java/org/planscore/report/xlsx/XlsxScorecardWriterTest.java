package org.planscore.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.report.ReportFixtures;
import org.planscore.report.ReportModel;

class XlsxScorecardWriterTest {

    private static final List<String> VIETNAMESE_HEADERS = List.of("Mã chỉ số", "Trụ cột", "Chỉ tiêu",
            "Giá trị mục tiêu", "Năm mục tiêu", "Giá trị năm gốc", "Năm gốc", "Giá trị mới nhất", "Năm mới nhất",
            "Chỉ số tiến độ", "Đánh giá", "Điểm", "Kết luận", "Số liệu quyết định", "Xu hướng (UNSD)", "P_e",
            "Cần tăng %/năm", "Bình quân đã đạt %/năm", "% kế hoạch năm", "Phạm vi", "Kế hoạch",
            "Thành phố đánh giá", "Nguồn");

    @TempDir
    Path dir;

    private XSSFWorkbook writeAndRead(ReportModel model) throws IOException {
        Path out = dir.resolve("scorecard.xlsx");
        new XlsxScorecardWriter().write(model, out);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void oneRowPerTargetUnderLocalisedHeaders() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Bảng điểm", sheet.getSheetName());
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(VIETNAMESE_HEADERS, headers);
            assertEquals(6, sheet.getLastRowNum());
            Row budget = sheet.getRow(2);
            assertEquals("BUDGET_REV_TOTAL", budget.getCell(0).getStringCellValue());
            assertEquals("Kinh tế và ngân sách", budget.getCell(1).getStringCellValue());
            assertEquals("Thu ngân sách nhà nước trên địa bàn", budget.getCell(2).getStringCellValue());
            assertEquals("Cần đẩy nhanh", budget.getCell(10).getStringCellValue());
        }
    }

    @Test
    void numbersAreNumericCellsWithFormats() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE))) {
            Row housing = workbook.getSheetAt(0).getRow(6);
            for (int column : new int[] {3, 4, 5, 6, 7, 8, 9, 11}) {
                Cell cell = housing.getCell(column);
                assertEquals(CellType.NUMERIC, cell.getCellType(), "column " + column);
                assertFalse(cell.getCellStyle().getDataFormatString().equals("General"), "column " + column);
            }
            assertEquals(1234.5, housing.getCell(7).getNumericCellValue());
            assertEquals(2024.0, housing.getCell(8).getNumericCellValue());
            assertEquals("0", housing.getCell(8).getCellStyle().getDataFormatString());
            assertEquals(3.1, housing.getCell(11).getNumericCellValue());
        }
    }

    @Test
    void missingValuesAreBlankNotZero() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE))) {
            Row urban = workbook.getSheetAt(0).getRow(4);
            assertEquals("Tỷ lệ đô thị hóa", urban.getCell(2).getStringCellValue());
            assertNull(urban.getCell(7), "latest value");
            assertNull(urban.getCell(11), "score");
            assertEquals("Thiếu dữ liệu", urban.getCell(10).getStringCellValue());
        }
    }

    @Test
    void headerIsFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(ReportFixtures.haiPhong(ReportFixtures.ENGLISH))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals("A1:W7", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("Indicator", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Target achieved", sheet.getRow(1).getCell(10).getStringCellValue());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        String hostile = "=HYPERLINK(\"http://attacker.example\",\"Bấm vào đây\")";
        try (XSSFWorkbook workbook = writeAndRead(
                ReportFixtures.haiPhongWithTargetName(ReportFixtures.VIETNAMESE, hostile))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell name = sheet.getRow(1).getCell(2);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(hostile, name.getStringCellValue());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, cell.getAddress() + " is a formula");
                }
            }
        }
    }
}
