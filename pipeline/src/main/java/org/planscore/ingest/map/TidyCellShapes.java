package org.planscore.ingest.map;

import java.util.regex.Pattern;

import org.planscore.support.StrictDecimal;

/**
 * The shapes the tidy format documents for its cells. Walked by hand, not matched by regular expressions (the
 * expression each stands for is in its comment): they run for every row of every tidy file.
 */
final class TidyCellShapes {

    /** A month that Excel turned into a date as it was typed ("2024-06", "6/2024" become 1 June 2024). */
    private static final Pattern MONTH_AS_DATE = Pattern.compile("(\\d{4}-(0[1-9]|1[0-2]))-01");
    private static final int MONTH_AS_DATE_LENGTH = "2024-06-01".length();
    private static final int INDICATOR_MAX = 200;

    private TidyCellShapes() {
    }

    /** {@code [A-Za-z0-9_.\-]{1,200}} */
    static boolean indicator(String text) {
        if (text.isEmpty() || text.length() > INDICATOR_MAX) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** {@code \d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?}: a year, a month or a quarter. */
    static boolean period(String text) {
        if (text.length() != 4 && text.length() != 7 || StrictDecimal.digits(text, 0) < 4) {
            return false;
        }
        if (text.length() == 4) {
            return true;
        }
        char first = text.charAt(5);
        char second = text.charAt(6);
        return text.charAt(4) == '-' && (first == 'Q' && second >= '1' && second <= '4'
                || first == '0' && second >= '1' && second <= '9'
                || first == '1' && second >= '0' && second <= '2');
    }

    /** The first {@code yyyy-MM-01} in the text becomes {@code yyyy-MM}; shorter texts cannot hold one. */
    static String withoutFirstOfMonth(String text) {
        return text.length() < MONTH_AS_DATE_LENGTH ? text : MONTH_AS_DATE.matcher(text).replaceFirst("$1");
    }

    /** {@code -?\d+,\d+}: a decimal written with a comma. */
    static boolean decimalComma(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int whole = StrictDecimal.digits(text, i);
        i += whole;
        if (whole == 0 || i >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        int fraction = StrictDecimal.digits(text, i + 1);
        return fraction > 0 && i + 1 + fraction == text.length();
    }
}
