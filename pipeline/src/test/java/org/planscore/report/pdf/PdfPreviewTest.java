package org.planscore.report.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.planscore.report.ReportFixtures;

/** Renders pages to target/report-preview so a person can look at the layout; asserts only that they rendered. */
class PdfPreviewTest {

    private static final Path PREVIEW = Path.of("target", "report-preview");

    @Test
    void rendersVietnameseAndEnglishPreviews() throws IOException {
        render(ReportFixtures.VIETNAMESE, "vi");
        render(ReportFixtures.ENGLISH, "en");
    }

    private static void render(Locale locale, String suffix) throws IOException {
        Files.createDirectories(PREVIEW);
        Path pdf = PREVIEW.resolve("report-" + suffix + ".pdf");
        new PdfReportWriter().write(ReportFixtures.haiPhong(locale), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                Path png = PREVIEW.resolve("page" + (page + 1) + "-" + suffix + ".png");
                ImageIO.write(image, "png", png.toFile());
                assertTrue(Files.size(png) > 10_000, png + " looks empty");
            }
        }
    }
}
