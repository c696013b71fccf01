package org.planscore.render.pdf;

import java.awt.Color;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Font, size and colour of a run of text, with the line height derived from the size. */
record TextStyle(PDFont font, float size, Color color) {

    private static final float LINE_SPACING = 1.28f;

    float leading() {
        return size * LINE_SPACING;
    }

    /** Distance from the top of a line box to its baseline. */
    float ascent() {
        return font.getFontDescriptor().getAscent() / 1000f * size;
    }

    TextStyle withColor(Color other) {
        return new TextStyle(font, size, other);
    }
}
