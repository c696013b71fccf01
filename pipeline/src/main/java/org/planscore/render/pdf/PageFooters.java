package org.planscore.render.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.planscore.render.text.ReportTexts;

/** "Page n/N" footers, added once the page count is known. */
final class PageFooters {

    private PageFooters() {
    }

    /** Footer text is the bundle pattern {@code pdf.footer}: {0} area, {1} as-of date, {2} page, {3} page count. */
    static void draw(PDDocument document, TextStyle style, ReportTexts texts, String area, String asOf)
            throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            String text = PrintableText.of(texts.format("pdf.footer", area, asOf,
                    Integer.toString(i + 1), Integer.toString(count)), style.font());
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                Shapes.rule(stream, PageGeometry.LEFT, PageGeometry.FOOTER_BASELINE + style.size() + 2,
                        PageGeometry.WIDTH);
                TextBlock.showLine(stream, style, PageGeometry.LEFT, PageGeometry.FOOTER_BASELINE, text);
            }
        }
    }
}
