package org.planscore.ingest.text;

import java.text.Normalizer;

/**
 * Legacy TCVN3 (ABC) text, as old government workbooks hold it: typed with the .VnTime fonts, stored as Latin-1
 * characters that those fonts draw as Vietnamese letters ("B¶o Th¾ng" is "Bảo Thắng", "H¶i Phßng" is "Hải Phòng").
 * Such text is recognised by its tell-tale characters and converted to Unicode, so titles and place names match.
 */
public final class Tcvn3Text {

    /** Unicode for the bytes 0xA1–0xFF of TCVN 5712:1993, the standard the ABC fonts follow. */
    private static final String UPPER_HALF = "\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0\u0300"
            + "\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4\u1EAE"
            + "\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD\u00E9"
            + "\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2\u1ED4"
            + "\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9\u1ED6"
            + "\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

    private static final String TELLING = "\u00A8\u00AC\u00AD\u00AE\u00B5\u00B6\u00B8\u00B9\u00BE\u00C6\u00C7\u00CB";

    private Tcvn3Text() {
    }

    /**
     * True for a word-bearing text written only with characters up to U+00FF that contains a sign TCVN3 uses for a
     * Vietnamese letter but no language writes as a letter: ¨ ¬ ­ ® µ ¶ ¸ ¹ ¾ Æ Ç Ë (ă ơ ư đ à ả á ạ ắ ặ ầ ậ).
     * Unicode Vietnamese has letters above U+00FF or only Latin-1 letters (TRÊN, BÀN), never these signs.
     */
    public static boolean looksLikeTcvn3(String text) {
        boolean telling = false;
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return false;
            }
            telling |= TELLING.indexOf(c) >= 0;
            letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return telling && letter;
    }

    /** The text with every character of the upper half read as TCVN3, in NFC. */
    public static String toUnicode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0xA1 && c <= 0xFF ? UPPER_HALF.charAt(c - 0xA1) : c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
