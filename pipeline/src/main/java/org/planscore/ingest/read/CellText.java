package org.planscore.ingest.read;

import java.text.Normalizer;

import org.planscore.ingest.NumberText;

/** How a cell's content becomes text: NFC everywhere, NULs gone, numbers exactly as stored. */
final class CellText {

    private CellText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.indexOf('\0') >= 0 ? text.replace("\0", "") : text;
        return belowCombiningMarks(clean) || Normalizer.isNormalized(clean, Normalizer.Form.NFC) ? clean
                : Normalizer.normalize(clean, Normalizer.Form.NFC);
    }

    /**
     * Only characters below U+0300, where Unicode's combining marks begin: such a text is in NFC already (no
     * character there decomposes or composes under NFC), and most cells are such texts (codes, numbers, years).
     */
    static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** 1064.128042 stays 1064.128042 and 2024.0 becomes 2024: the shortest text that parses back to the same double. */
    static String of(double number) {
        return NumberText.plain(number);
    }
}
