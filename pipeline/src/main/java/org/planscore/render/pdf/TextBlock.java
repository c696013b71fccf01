package org.planscore.render.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A paragraph wrapped to a width, measured before it is drawn so callers can keep blocks together. */
final class TextBlock {

    private final List<String> lines;
    private final TextStyle style;

    private TextBlock(List<String> lines, TextStyle style) {
        this.lines = lines;
        this.style = style;
    }

    static TextBlock of(String text, TextStyle style, float width) {
        String printable = PrintableText.of(text, style.font());
        return new TextBlock(TextWrapper.wrap(printable, style.font(), style.size(), width), style);
    }

    float height() {
        return lines.size() * style.leading();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Draws line by line from the cursor, moving to a new page between lines when one fills. */
    void draw(PageCursor cursor, float x) throws IOException {
        for (String line : lines) {
            cursor.ensureRoom(style.leading());
            showLine(cursor.stream(), style, x, cursor.y() - style.ascent(), line);
            cursor.down(style.leading());
        }
    }

    /** Draws the whole paragraph only when it fits on this page; page 1 must never spill onto a second one. */
    boolean drawIfFits(PageCursor cursor, float x) throws IOException {
        if (!cursor.fits(height())) {
            return false;
        }
        draw(cursor, x);
        return true;
    }

    /** One line at a baseline; the text must already be printable and fit. */
    static void showLine(PDPageContentStream stream, TextStyle style, float x, float baseline, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(style.font(), style.size());
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }
}
