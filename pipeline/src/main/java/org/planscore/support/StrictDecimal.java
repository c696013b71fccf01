package org.planscore.support;

/**
 * A plain decimal number as written in a tidy file or a case file: optional sign, digits with at most one point,
 * optional exponent ({@code [-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?}, ASCII digits). Checked before
 * {@link Double#parseDouble}, which would also take "NaN", "Infinity", hex ("0x1p3") and type suffixes ("1d", "2f").
 * Walked by hand rather than by a regular expression: it runs for every figure of every file.
 */
public final class StrictDecimal {

    private StrictDecimal() {
    }

    public static boolean matches(String text) {
        int n = text.length();
        int i = signed(text, 0);
        int whole = digits(text, i);
        i += whole;
        int fraction = 0;
        if (i < n && text.charAt(i) == '.') {
            fraction = digits(text, ++i);
            i += fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = signed(text, i + 1);
            int exponent = digits(text, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    /** The ASCII digits from {@code from} on: how many. */
    public static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static int signed(String text, int at) {
        return at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+') ? at + 1 : at;
    }
}
