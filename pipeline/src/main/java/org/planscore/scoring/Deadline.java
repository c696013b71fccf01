package org.planscore.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline as plans and the project's research table write it: a year ({@code 2025}: by the end of 2025), a month
 * ({@code 2025-04}: by the end of April 2025), a day ({@code 2025-04-30}), each optionally preceded by {@code <}
 * ("trước", before: {@code <2025-01-01} is 31 December 2024, {@code <2025} is 31 December 2024). The result is the
 * last day on which the milestone is still on time.
 */
public final class Deadline {

    private static final Pattern FORM = Pattern.compile("(<)?\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Deadline() {
    }

    /** @throws IllegalArgumentException when the text is none of the forms above */
    public static LocalDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a deadline (YYYY, YYYY-MM, YYYY-MM-DD, optionally after '<'): '"
                    + text + "'");
        }
        boolean before = m.group(1) != null;
        int year = Integer.parseInt(m.group(2));
        try {
            if (m.group(4) != null) {
                LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                return before ? day.minusDays(1) : day;
            }
            if (m.group(3) != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
                return before ? month.atDay(1).minusDays(1) : month.atEndOfMonth();
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: '" + text + "'", e);
        }
        return before ? LocalDate.of(year - 1, 12, 31) : LocalDate.of(year, 12, 31);
    }
}
