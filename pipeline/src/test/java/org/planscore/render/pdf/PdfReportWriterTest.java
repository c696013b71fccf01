package org.planscore.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportFixtures;
import org.planscore.assessment.ReportModel;
import org.planscore.scoring.ProgressStatus;

class PdfReportWriterTest {

    @TempDir
    Path dir;

    private Path write(ReportModel model, String name) throws IOException {
        Path out = dir.resolve(name);
        new PdfReportWriter().write(model, out);
        return out;
    }

    /** Text with every run of white space as one space, so wrapped lines compare as written. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String text(PDDocument document, int fromPage, int toPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(fromPage);
        stripper.setEndPage(toPage);
        return stripper.getText(document);
    }

    @Test
    void vietnameseSummaryPageShowsCityDateAndStatusWords() throws IOException {
        Path pdf = write(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), "vi.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
            String page1 = text(document, 1, 1);
            assertTrue(page1.contains("Hải Phòng"), page1);
            assertTrue(page1.contains("30/06/2025"), page1);
            for (String status : List.of("Đã đạt mục tiêu", "Đúng tiến độ", "Cần đẩy nhanh", "Chậm tiến độ",
                    "Đi ngược mục tiêu", "Thiếu dữ liệu")) {
                assertTrue(page1.contains(status), status + " missing from page 1:\n" + page1);
            }
            // The most-behind list ranks by score: the deteriorating poverty rate comes first.
            assertTrue(page1.indexOf("Tỷ lệ hộ nghèo") < page1.indexOf("Sản lượng hàng hóa"), page1);
            assertTrue(page1.contains("Mới nhất: 0,52 % (2024) · Mục tiêu: 0,2 % (2025)"), page1);
        }
    }

    @Test
    void detailPagesListEveryTargetIncludingTheOneWithoutData() throws IOException {
        Path pdf = write(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), "vi.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String details = text(document, 2, document.getNumberOfPages());
            for (String name : List.of("Tăng trưởng GRDP", "Thu ngân sách nhà nước trên địa bàn", "Tỷ lệ đô thị hóa",
                    "Kinh tế và ngân sách", "Cảng biển và đô thị", "Xã hội và nhà ở")) {
                assertTrue(details.contains(name), name + " missing");
            }
            assertTrue(details.contains("Chưa có số liệu để đánh giá chỉ tiêu này."));
            assertTrue(details.contains("1.234,5 nghìn m²"), "Vietnamese number format");
            assertTrue(details.contains("(ước tính)"), "estimate flagged");
            // Chart text is real text in the embedded font: its legend is extractable.
            assertTrue(details.contains("Lộ trình mục tiêu"), "chart legend text");
            assertTrue(details.contains("haiphong.gov.vn"), "source citation");
        }
    }

    @Test
    void noQuestionMarkStandsInForAVietnameseLetter() throws IOException {
        Path pdf = write(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), "vi.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = text(document, 1, document.getNumberOfPages());
            // The fixture has no '?' anywhere (sources are query-free URLs), so any '?' is a lost glyph.
            assertFalse(all.contains("?"), all);
            assertFalse(all.contains("\uFFFD"), all);
            assertTrue(all.contains("Thu ngân sách nhà nước trên địa bàn"));
        }
    }

    @Test
    void everyFontIsEmbeddedIncludingThoseInsideCharts() throws IOException {
        Path pdf = write(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), "vi.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(EmbeddedFonts.formCount(document) >= 5, "one vector chart per target with data");
            assertTrue(EmbeddedFonts.formFontCount(document) > 0, "the charts' own fonts were looked into");
            List<PDFont> fonts = EmbeddedFonts.all(document);
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(EmbeddedFonts.isEmbeddedTrueType(font), font.getName() + " is not embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
        }
    }

    @Test
    void englishEditionUsesEnglishWordsAndNumbers() throws IOException {
        Path pdf = write(ReportFixtures.haiPhong(ReportFixtures.ENGLISH), "en.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String page1 = text(document, 1, 1);
            assertTrue(page1.contains("Target achieved"), page1);
            assertTrue(page1.contains("30 June 2025"), page1);
            assertTrue(page1.contains("Hải Phòng"), page1);
            String all = text(document, 1, document.getNumberOfPages());
            assertTrue(all.contains("1,234.5"), "English number format");
            assertFalse(all.contains("1.234,5"));
            assertFalse(all.contains("?"), all);
            assertTrue(all.contains("Needs +34 % a year to 2025"), all);
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path out = write(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), "report.pdf");
        write(ReportFixtures.haiPhong(ReportFixtures.ENGLISH), "report.pdf");
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void oddCharactersInACatalogueNameDoNotAbortTheReport() throws IOException {
        String odd = "=Chỉ tiêu\tmới \uD83D\uDE80 \u2265 10 %";
        Path pdf = write(ReportFixtures.haiPhongWithTargetName(ReportFixtures.VIETNAMESE, odd), "odd.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = text(document, 1, document.getNumberOfPages());
            assertTrue(all.contains("=Chỉ tiêu mới"), all);
        }
    }

    @Test
    void pageOneHasPillarLinesTheRateNowNeededChangesAndDataQuality() throws IOException {
        PreviousScores previous = new PreviousScores(LocalDate.of(2024, 12, 31), Map.of(
                "POOR_HH_2025", new PreviousScores.Previous(ProgressStatus.SUBSTANTIAL_PROGRESS, 3.0, 2024, 0.52)));
        Path pdf = dir.resolve("changes.pdf");
        new PdfReportWriter().write(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), previous, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String page1 = flat(text(document, 1, 1));
            assertTrue(page1.contains("Số liệu mới nhất: năm 2024"), page1);
            assertTrue(page1.contains("Chất lượng số liệu: 2/23 số liệu là ước tính hoặc sơ bộ"), page1);
            assertTrue(page1.contains("Trụ cột Đánh giá Điểm Có số liệu"), page1);
            assertTrue(page1.contains("Kinh tế và ngân sách Đúng tiến độ +3,1 2/2"), page1);
            assertTrue(page1.contains("Cảng biển và đô thị Chậm tiến độ -0,8 1/2"), page1);
            assertTrue(page1.contains("Cần +34 %/năm đến 2025"), page1);
            assertTrue(page1.contains("Thay đổi so với báo cáo ngày 31/12/2024"), page1);
            assertTrue(page1.contains("Tỷ lệ hộ nghèo theo chuẩn đa chiều: Đúng tiến độ → Đi ngược mục tiêu"), page1);
            // Page 1 stands alone: page 2 opens with the plan's mean and how it is made, then the heatmap.
            String page2 = text(document, 2, 2);
            assertTrue(page2.startsWith("Toàn kế hoạch:"), page2);
            assertTrue(page2.contains("Phương pháp Open SDG") && page2.contains("Các chỉ số theo năm"), page2);
        }
    }

    @Test
    void detailPagesHaveTheHeatmapPillarTablesOutlookAndTheSourceOfEveryFigure() throws IOException {
        Path pdf = write(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), "vi.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String details = flat(text(document, 2, document.getNumberOfPages()));
            // the heatmap names the indicator (i18n/indicators) in the edition's words, never its code
            assertTrue(details.contains("Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng)"), "heatmap row");
            assertFalse(details.contains("BUDGET_REV_TOTAL"), "no indicator code");
            assertTrue(details.contains("Quãng đường đến mục tiêu"), "pillar table header");
            assertTrue(details.contains("41 %"), "port cargo progress bar: (186,5 - 143) / (250 - 143)");
            assertTrue(details.contains("Để đạt mục tiêu năm 2025 cần +34 %/năm từ nay"), details);
            assertTrue(details.contains("Nguồn số liệu: 2021–2023: Cục Thống kê Hải Phòng; "
                    + "2024 (ước tính, sơ bộ): UBND thành phố, báo cáo 6 tháng"), details);
            assertTrue(details.contains("Dự báo theo xu hướng (UNSD)"), "projection in a chart legend");
        }
    }

    @Test
    void everyTargetWithDataHasItsVectorChart() throws IOException {
        ReportModel model = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
        Path pdf = write(model, "vi.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            long withData = model.targets().stream().filter(t -> !t.series().isEmpty()).count();
            assertEquals(withData, EmbeddedFonts.formCount(document));
        }
    }

    @Test
    void aPlanWithoutTargetsStillGivesASummaryPage() throws IOException {
        ReportModel full = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
        ReportModel empty = new ReportModel(full.plan(), full.asOf(), full.locale(), List.of());
        Path pdf = write(empty, "empty.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(text(document, 1, 1).contains("Không có chỉ tiêu nào chậm tiến độ."));
        }
    }
}
