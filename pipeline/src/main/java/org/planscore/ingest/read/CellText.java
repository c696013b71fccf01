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
        return Normalizer.isNormalized(clean, Normalizer.Form.NFC) ? clean : Normalizer.normalize(clean, Normalizer.Form.NFC);
    }

    /** 1064.128042 stays 1064.128042 and 2024.0 becomes 2024: the shortest text that parses back to the same double. */
    static String of(double number) {
        return NumberText.plain(number);
    }
}
