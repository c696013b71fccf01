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
        return units(text, font) / 1000f * size;
    }

    /** The text's width in the font's thousandths of an em: a sum over its glyphs, so widths of pieces add up. */
    private static float units(String text, PDFont font) {
        try {
            return font.getStringWidth(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each word is measured once and the line's width is added up as it grows: measuring the whole line again for
     * every word made wrapping a paragraph quadratic: a third of a report's writing time in the tests' profile.
     */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        float space = units(" ", font);
        StringBuilder line = new StringBuilder();
        float lineUnits = 0;
        for (String word : text.trim().split("\\s+")) {
            float wordUnits = units(word, font);
            float candidate = line.isEmpty() ? wordUnits : lineUnits + space + wordUnits;
            if (candidate / 1000f * size <= maxWidth) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineUnits = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            float restUnits = wordUnits;
            while (restUnits / 1000f * size > maxWidth) {
                int cut = breakIndex(rest, font, size, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                restUnits = units(rest, font);
            }
            line.append(rest);
            lineUnits = restUnits;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest prefix that fits (one character at least), moved back to a natural URL break when one is close. */
    private static int breakIndex(String word, PDFont font, float size, float maxWidth) {
        int fit = word.offsetByCodePoints(0, 1);
        float fitUnits = units(word.substring(0, fit), font);
        while (fit < word.length()) {
            int next = word.offsetByCodePoints(fit, 1);
            float longer = fitUnits + units(word.substring(fit, next), font);
            if (longer / 1000f * size > maxWidth) {
                break;
            }
            fitUnits = longer;
            fit = next;
        }
        for (int i = fit; i > fit / 2; i--) {
            if ("/-_.?&=".indexOf(word.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return fit;
    }
}
