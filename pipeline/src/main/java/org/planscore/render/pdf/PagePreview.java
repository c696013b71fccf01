package org.planscore.render.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.planscore.support.AtomicFileWrite;

/** Renders page 1 of a written PDF to a PNG with PDFBox, for people to look at without a PDF viewer. */
public final class PagePreview {

    /** About what a phone shows: 1240 pixels across an A4 page. */
    public static final float DPI = 150f;

    private PagePreview() {
    }

    public static void writeFirstPage(Path pdf, Path png) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            AtomicFileWrite.writeAtomically(png, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer in this JVM");
                }
            });
        }
    }
}
