package org.planscore.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width, measured with the real font metrics. Words longer than a line
 * (URLs) are broken between characters, preferring just after '/', '-', '_', '.', '?', '&' or '='.
 */
final class TextWrapper {

    private TextWrapper() {
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > maxWidth) {
                int cut = breakIndex(rest, font, size, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest prefix that fits, moved back to a natural URL break when one is close enough. */
    private static int breakIndex(String word, PDFont font, float size, float maxWidth) {
        int fit = 1;
        while (fit < word.length()
                && width(word.substring(0, word.offsetByCodePoints(fit, 1)), font, size) <= maxWidth) {
            fit = word.offsetByCodePoints(fit, 1);
        }
        for (int i = fit; i > fit / 2; i--) {
            if ("/-_.?&=".indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return fit;
    }
}
