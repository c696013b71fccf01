package org.planscore.render.xlsx;

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
import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ReportFixtures;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.LocalizedText;
import org.planscore.plan.Pillar;
import org.planscore.plan.Plan;

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
            // Quote-prefixed too: it stays text even when an analyst edits the cell.
            assertTrue(name.getCellStyle().getQuotePrefixed());
            assertEquals(hostile, workbook.getSheetAt(1).getRow(1).getCell(2).getStringCellValue(), "pillar sheet");
            assertNoFormulaAnywhere(workbook);
        }
    }

    @Test
    void hostileSourcesAndPillarNamesStayTextInEverySheet() throws IOException {
        String hostile = "=HYPERLINK(\"http://attacker.example\",\"x\")";
        ReportModel base = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
        List<ScoredTarget> targets = base.targets().stream().map(t -> new ScoredTarget(t.target(),
                t.series().stream().map(p -> new ObservationPoint(p.year(), p.value(), p.vintage(), "@SUM(A1)"))
                        .toList(), t.result())).toList();
        Plan plan = new Plan(base.plan().id(), base.plan().title(), base.plan().area(),
                List.of(new Pillar("economy", new LocalizedText(hostile, hostile)),
                        new Pillar("seaport", new LocalizedText("[Cảng]: biển/đô thị?*", "x")),
                        new Pillar("social", new LocalizedText("Bảng điểm", "x"))),
                base.plan().targets());
        try (XSSFWorkbook workbook = writeAndRead(new ReportModel(plan, base.asOf(), base.locale(), targets))) {
            assertNoFormulaAnywhere(workbook);
            XSSFSheet observations = workbook.getSheet("Số liệu sử dụng");
            assertEquals("@SUM(A1)", observations.getRow(1).getCell(6).getStringCellValue());
            assertEquals(hostile, workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue());
            // Sheet names are made valid and unique: no []:*?/ and the pillar named like the first sheet gets "(2)".
            assertEquals("_Cảng__ biển_đô thị__", workbook.getSheetAt(2).getSheetName());
            assertEquals("Bảng điểm (2)", workbook.getSheetAt(3).getSheetName());
        }
    }

    @Test
    void onePillarSheetEachAndASheetOfEveryFigureUsedWithSourceAndVintage() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE))) {
            assertEquals(List.of("Bảng điểm", "Kinh tế và ngân sách", "Cảng biển và đô thị", "Xã hội và nhà ở",
                    "Số liệu sử dụng", "Tổng hợp trụ cột"), sheetNames(workbook));
            assertEquals(2, workbook.getSheetAt(1).getLastRowNum());
            assertEquals("Tỷ lệ đô thị hóa", workbook.getSheetAt(2).getRow(2).getCell(2).getStringCellValue());
            XSSFSheet observations = workbook.getSheetAt(4);
            assertEquals(23, observations.getLastRowNum(), "one row per indicator and year");
            assertTrue(observations.getCTWorksheet().isSetAutoFilter());
            assertTrue(observations.getPaneInformation().isFreezePane());
            Row estimate = null;
            for (Row row : observations) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("SOCIAL_HOUSING_AREA")
                        && row.getCell(2).getNumericCellValue() == 2024) {
                    estimate = row;
                }
            }
            assertNotNull(estimate);
            assertEquals(1234.5, estimate.getCell(3).getNumericCellValue());
            assertEquals("#,##0.0#", estimate.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("ước tính", estimate.getCell(5).getStringCellValue());
            assertEquals("UBND thành phố, báo cáo 6 tháng", estimate.getCell(6).getStringCellValue());
            assertEquals("SOCIAL_HOUSING_2025", estimate.getCell(7).getStringCellValue());
        }
    }

    @Test
    void statusColumnIsColouredByConditionalFormattingInEveryTargetSheet() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(ReportFixtures.haiPhong(ReportFixtures.ENGLISH))) {
            for (int i = 0; i < 4; i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                var formatting = sheet.getSheetConditionalFormatting();
                assertEquals(6, formatting.getNumConditionalFormattings(), sheet.getSheetName());
                var first = formatting.getConditionalFormattingAt(0);
                assertEquals("K2:K" + (sheet.getLastRowNum() + 1), first.getFormattingRanges()[0].formatAsString());
                assertEquals("\"Target achieved\"", first.getRule(0).getFormula1());
                assertNotNull(first.getRule(0).getPatternFormatting());
            }
        }
    }

    @Test
    void longPillarNamesAreCutAtAWordForTheSheetTab() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertEquals("Công nghiệp công nghệ cao và…",
                XlsxScorecardWriter.sheetName("Công nghiệp công nghệ cao và tăng trưởng", taken));
        assertEquals("Công nghiệp công nghệ cao… (2)",
                XlsxScorecardWriter.sheetName("Công nghiệp công nghệ cao và tăng trưởng", taken));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static void assertNoFormulaAnywhere(XSSFWorkbook workbook) {
        for (var sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA,
                            sheet.getSheetName() + "!" + cell.getAddress() + " is a formula");
                }
            }
        }
    }
}
