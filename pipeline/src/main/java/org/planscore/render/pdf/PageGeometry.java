package org.planscore.render.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A4 portrait with one set of margins; the bottom margin leaves room for the footer. */
final class PageGeometry {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 40f;
    static final float LEFT = MARGIN;
    static final float TOP = PAGE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 18f;
    static final float FOOTER_BASELINE = MARGIN - 8f;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private PageGeometry() {
    }
}
