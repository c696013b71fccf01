package org.planscore.ingest.read;

import org.planscore.ingest.NumberText;
import org.planscore.ingest.text.Nfc;

/** How a cell's content becomes text: NFC everywhere, NULs gone, numbers exactly as stored. */
final class CellText {

    private CellText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        return Nfc.of(text.indexOf('\0') >= 0 ? text.replace("\0", "") : text);
    }

    /** 1064.128042 stays 1064.128042 and 2024.0 becomes 2024: the shortest text that parses back to the same double. */
    static String of(double number) {
        return NumberText.plain(number);
    }
}
