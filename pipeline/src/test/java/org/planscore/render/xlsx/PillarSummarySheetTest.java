package org.planscore.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.assessment.ReportFixtures;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ReportOptions;

class PillarSummarySheetTest {

    @TempDir
    Path dir;

    @Test
    void thePillarSheetSaysTooFewFiguresBesideTheMeanBelowTheConfiguredCoverage() throws IOException {
        // given the fixture plan and a minimum coverage of three quarters: the seaport pillar has 1 of 2 scored
        ReportModel fixtures = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
        ReportModel model = new ReportModel(fixtures.plan(), fixtures.asOf(), fixtures.locale(), fixtures.targets(),
                new ReportOptions(0.75));
        Path out = dir.resolve("scorecard.xlsx");
        new XlsxScorecardWriter().write(model, out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Tổng hợp trụ cột");
            assertNotNull(sheet);
            // economy: 5.0 and 1.2 → 3.1, both scored
            assertEquals("Kinh tế và ngân sách", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Đúng tiến độ", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(3.1, sheet.getRow(1).getCell(2).getNumericCellValue(), 1e-9);
            // seaport: -0.8 from 1 of its 2 targets, under 0.75: too few figures, the mean still beside it
            assertEquals("Cảng biển và đô thị", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Quá ít số liệu", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(-0.8, sheet.getRow(2).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(1.0, sheet.getRow(2).getCell(3).getNumericCellValue());
            assertEquals(2.0, sheet.getRow(2).getCell(4).getNumericCellValue());
            assertEquals("seaport", sheet.getRow(2).getCell(5).getStringCellValue());
        }
    }
}
