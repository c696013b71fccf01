package org.planscore.report.pdf;

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
}
