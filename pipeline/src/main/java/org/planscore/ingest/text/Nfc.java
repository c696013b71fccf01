package org.planscore.ingest.text;

import java.text.Normalizer;

/** Text in Unicode's composed form (NFC), as every text read from a file is stored and compared. */
public final class Nfc {

    private Nfc() {
    }

    public static String of(String text) {
        return belowCombiningMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
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
}
