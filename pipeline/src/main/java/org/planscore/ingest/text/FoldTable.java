package org.planscore.ingest.text;

import java.util.function.UnaryOperator;

/**
 * {@link VnText#fold} in one pass over a table, for texts made only of characters whose folding does not depend on
 * their neighbours: ASCII, the Latin letters with marks (Vietnamese and the other languages of place names), the
 * dashes and the spaces. Folding by the regular expressions and two Unicode normalisations took a tenth of the time of
 * reading a workbook. Each character's entry is that fold applied to the character alone, so the two agree by
 * construction; a text with any other character (a combining mark, a control, TCVN3 bytes, Greek...) is left to the
 * full fold, and a test compares the two on every character and on random texts.
 */
final class FoldTable {

    /** Code points up to here may have an entry (the Latin Extended Additional block ends at U+1EFF, dashes follow). */
    private static final int SIZE = 0x2030;

    private final String[] folded = new String[SIZE];
    private final boolean[] space = new boolean[SIZE];

    FoldTable(UnaryOperator<String> fullFold) {
        for (char c : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F'}) {
            space[c] = true;
        }
        add(0x21, 0x7E, fullFold);
        add(0xA1, 0x24F, fullFold);
        add(0x1E00, 0x1EFF, fullFold);
        add(0x2013, 0x2014, fullFold);
    }

    private void add(int first, int last, UnaryOperator<String> fullFold) {
        for (int c = first; c <= last; c++) {
            folded[c] = fullFold.apply(String.valueOf((char) c));
        }
    }

    /** The folded text (as the full fold gives it), or null when the text holds a character without an entry. */
    String fold(String text) {
        if (Tcvn3Text.looksLikeTcvn3(text)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean spaceDue = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SIZE) {
                return null;
            }
            if (space[c]) {
                spaceDue = out.length() > 0;
                continue;
            }
            String one = folded[c];
            if (one == null) {
                return null;
            }
            if (spaceDue && !one.isEmpty()) {
                out.append(' ');
                spaceDue = false;
            }
            out.append(one);
        }
        return out.toString();
    }
}
