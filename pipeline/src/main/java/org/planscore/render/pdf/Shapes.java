package org.planscore.render.pdf;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Filled rectangles and rules, the only graphics the page layout itself draws. */
final class Shapes {

    private Shapes() {
    }

    /** A filled box given by its top-left corner in page coordinates (y grows upwards). */
    static void box(PDPageContentStream stream, Color color, float x, float top, float width, float height)
            throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, top - height, width, height);
        stream.fill();
    }

    static void rule(PDPageContentStream stream, float x, float y, float width) throws IOException {
        stream.setStrokingColor(ReportColors.RULE);
        stream.setLineWidth(0.6f);
        stream.moveTo(x, y);
        stream.lineTo(x + width, y);
        stream.stroke();
    }

    /** Adds a circle path (four Bézier arcs) centred on (cx, cy); the caller fills or strokes it. */
    static void circle(PDPageContentStream stream, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closePath();
    }

    /** An unfilled rectangle given by its top-left corner. */
    static void frame(PDPageContentStream stream, Color color, float x, float top, float width, float height,
                      float lineWidth) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, top - height, width, height);
        stream.stroke();
    }
}
