package org.planscore.render.pdf;

import java.awt.Font;
import java.util.Locale;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lets chart text become real PDF text in the report's embedded fonts instead of glyph outlines:
 * searchable, selectable and sharp. Every AWT font maps to one of the two faces, so even a font JFreeChart
 * picks on its own never falls back to outlines or to an unembedded standard font.
 */
final class EmbeddedFontTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private final PdfFonts fonts;

    EmbeddedFontTextDrawer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        // ChartFonts derives the bold face with style PLAIN, so the face name is what tells bold apart.
        boolean bold = font.isBold() || font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("bold");
        return bold ? fonts.bold() : fonts.regular();
    }
}
