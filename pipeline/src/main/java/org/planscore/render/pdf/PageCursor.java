package org.planscore.render.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The write position in a growing document: the current page's content stream and how far down it is
 * filled. Asking for room that the page no longer has starts a new page.
 */
final class PageCursor implements AutoCloseable {

    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    PageCursor(PDDocument document) {
        this.document = document;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PageGeometry.PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PageGeometry.TOP;
    }

    /** Starts a new page unless {@code height} still fits; on a fresh page anything goes, to avoid endless pages. */
    void ensureRoom(float height) throws IOException {
        if (stream == null || (y - height < PageGeometry.BOTTOM && y < PageGeometry.TOP)) {
            newPage();
        }
    }

    /** Whether {@code height} still fits above the bottom margin of this page. */
    boolean fits(float height) {
        return stream != null && y - height >= PageGeometry.BOTTOM;
    }

    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    PDDocument document() {
        return document;
    }

    PDPageContentStream stream() {
        return stream;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
