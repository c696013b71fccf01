package org.planscore.render.pdf;

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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.planscore.assessment.ReportFixtures;

/**
 * Renders pages to target/report-preview so a person can look at the layout; checks that every page has ink and that
 * the page-1 PNG is page 1 of the PDF at the page's own size.
 */
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

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // the page's own size (points, 1/72 inch) at PagePreview.DPI, whole pixels (a renderer drops the part)
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals((int) Math.floor(page.getWidth() / 72 * PagePreview.DPI), image.getWidth());
            assertEquals((int) Math.floor(page.getHeight() / 72 * PagePreview.DPI), image.getHeight());
            // the same picture as page 1 read back from the PDF, and not page 2's
            PDFRenderer renderer = new PDFRenderer(document);
            BufferedImage first = renderer.renderImageWithDPI(0, PagePreview.DPI, ImageType.RGB);
            assertTrue(differingShare(image, first) < 0.001, "the PNG is page 1");
            BufferedImage second = renderer.renderImageWithDPI(1, PagePreview.DPI, ImageType.RGB);
            assertTrue(differingShare(image, second) > 0.01, "the PNG is not page 2");
        }
        assertTrue(darkShare(image) > 0.02, "page 1 has text and colour");
    }

    /** Share of pixels whose colour differs by more than a few levels in some channel. */
    private static double differingShare(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1;
        }
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)) > 8) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing / (double) ((long) a.getWidth() * a.getHeight());
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
                assertTrue(darkShare(image) > 0.01, png + " has no ink");
            }
        }
    }
}
