package org.planscore.cli.progress;

import java.util.regex.Pattern;

import org.planscore.support.StrictDecimal;

/**
 * Strict number syntax for cases files. {@link Double#parseDouble} alone would also take "NaN", "Infinity", hex
 * floats and a trailing "d", none of which a statistics table should contain.
 */
final class CaseNumbers {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private CaseNumbers() {
    }

    /** The decimal number, or null when the text is not one. */
    static Double decimal(String text) {
        if (!StrictDecimal.matches(text)) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    /** The integer (at most nine digits, enough for years), or null when the text is not one. */
    static Integer integer(String text) {
        return INTEGER.matcher(text).matches() ? Integer.valueOf(text) : null;
    }

    /** Full double precision that reads back to the same double; empty for null; −0.0 written as 0.0. */
    static String format(Double value) {
        return value == null ? "" : Double.toString(value + 0.0);
    }

    static String format(Integer value) {
        return value == null ? "" : value.toString();
    }
}
