package org.planscore.render.pdf;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes a string safe to show with a font. PDFBox throws on a character the font has no glyph for, and
 * plan names come from a catalogue anyone can edit; one odd symbol must not abort the whole report.
 * Control characters become spaces; characters without a glyph become U+FFFD-like '?', visibly.
 */
final class PrintableText {

    private static final Map<String, Boolean> SUPPORTED = new ConcurrentHashMap<>();

    private PrintableText() {
    }

    static String of(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (canShow(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        if (codePoint < 0x7F) {
            return true;
        }
        return SUPPORTED.computeIfAbsent(font.getName() + '/' + codePoint, k -> {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
