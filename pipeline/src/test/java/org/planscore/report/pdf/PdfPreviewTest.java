package org.planscore.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void pageOneAsPngLooksLikeAPage() throws IOException {
        Files.createDirectories(PREVIEW);
        Path pdf = PREVIEW.resolve("report-vi.pdf");
        new PdfReportWriter().write(ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE), pdf);
        Path png = PREVIEW.resolve("page1-phone-vi.png");
        PagePreview.writeFirstPage(pdf, png);
        BufferedImage image = ImageIO.read(png.toFile());
        // A4 portrait at PagePreview.DPI, with ink on it: not a blank or a tiny thumbnail.
        assertEquals(Math.round(595.28f / 72 * PagePreview.DPI), image.getWidth(), 1.0);
        assertTrue(image.getHeight() > image.getWidth());
        assertTrue(darkShare(image) > 0.02, "page 1 has text and colour");
    }

    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                int sum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                dark += sum < 600 ? 1 : 0;
            }
        }
        return dark / (double) ((image.getHeight() / 4 + 1) * (image.getWidth() / 4 + 1));
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
