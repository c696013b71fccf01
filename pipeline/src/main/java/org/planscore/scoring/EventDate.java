package org.planscore.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an event (a berth inaugurated, a resolution in effect) as the observations carry it: the tidy format
 * writes it {@code 2025-05-13}, or {@code 2025-04} when only the month is known, under unit {@code date}; it is stored
 * as the number yyyymmdd (20250513), with day 00 when only the month is known (20250400). An event known only to the
 * month counts as happening on the month's last day: it is never called on time on a guess.
 */
public final class EventDate {

    /** The unit that marks an observation whose value is an event date. */
    public static final String UNIT = "date";

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    private EventDate() {
    }

    /** {@code 2025-05-13} → 20250513, {@code 2025-04} → 20250400; null when the text is neither form. */
    public static Double encode(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            if (day == 0) {
                YearMonth.of(year, month);
            } else {
                LocalDate.of(year, month, day);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return (double) (year * 10000 + month * 100 + day);
    }

    /** The date a stored value stands for (the month's last day for a month-only value), or null when it is none. */
    public static LocalDate decode(double value) {
        long n = Math.round(value);
        if (n != value || n < 1000_01_00L || n > 9999_12_31L) {
            return null;
        }
        int year = (int) (n / 10000);
        int month = (int) (n / 100 % 100);
        int day = (int) (n % 100);
        try {
            return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Whether a stored value was known only to the month. */
    public static boolean monthOnly(double value) {
        return Math.round(value) % 100 == 0;
    }

    /** The tidy-format text of a stored value: {@code 2025-05-13}, or {@code 2025-12} when only the month is known. */
    public static String format(double value) {
        LocalDate date = decode(value);
        if (date == null) {
            return null;
        }
        return monthOnly(value) ? date.toString().substring(0, 7) : date.toString();
    }
}
