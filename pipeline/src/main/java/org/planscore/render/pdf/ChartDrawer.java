package org.planscore.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/** Draws a JFreeChart into the page as vector graphics (a form XObject), never as a bitmap. */
final class ChartDrawer {

    private final EmbeddedFontTextDrawer textDrawer;

    ChartDrawer(PdfFonts fonts) {
        this.textDrawer = new EmbeddedFontTextDrawer(fonts);
    }

    /** Draws the chart with its top-left corner at (x, top) in page coordinates. */
    void draw(PageCursor cursor, JFreeChart chart, float x, float top, float width, float height)
            throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(cursor.document(), width, height);
        try {
            graphics.setFontTextDrawer(textDrawer);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        PDFormXObject form = graphics.getXFormObject();
        PDPageContentStream stream = cursor.stream();
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(x, top - height));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }
}
