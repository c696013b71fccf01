package org.planscore.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as Vietnamese (and PX-Web English) titles and headers write them, read from folded text
 * ({@link VnText#fold}). The first period phrase wins: in "Năm 2020 so với năm 2019" the period is 2020.
 * <ul>
 * <li>"từ 01/01- 20/12/2024" → cumulative to December 2024</li>
 * <li>"6 tháng năm 2024", "6 tháng đầu năm 2024" → cumulative to June; "12 tháng năm 2024" → the year</li>
 * <li>"tháng 12 năm 2024", "tháng 12/2024", "T12/2024" → the month</li>
 * <li>"quý IV năm 2024", "quý 4/2024" → the quarter</li>
 * <li>"thời điểm 1/12/2020", "01/12/2024" → the month of that date</li>
 * <li>"năm 2024", "2024", "sơ bộ 2022", "Prel. 2024", "2024-06" → the year (or month)</li>
 * </ul>
 */
public final class PeriodText {

    /** What kind of period a text names. */
    public enum Kind {
        YEAR, QUARTER, MONTH, CUMULATIVE
    }

    /**
     * @param month the month (MONTH), the last month included (CUMULATIVE), or 0
     * @param quarter 1–4 for QUARTER, else 0
     */
    public record Period(Kind kind, int year, int month, int quarter) {

        /** The tidy period code: YYYY, YYYY-MM or YYYY-Qn; a cumulative period gives the month it runs to. */
        public String code() {
            return switch (kind) {
                case YEAR -> Integer.toString(year);
                case QUARTER -> year + "-Q" + quarter;
                case MONTH, CUMULATIVE -> String.format("%d-%02d", year, month);
            };
        }
    }

    private static final String Y = "((?:19|20)\\d{2})";
    private static final Pattern FROM_TO = Pattern.compile(
            "tu (?:ngay )?\\d{1,2}/\\d{1,2}(?:/" + Y + ")?\\s*-\\s*(?:den )?(?:ngay )?(\\d{1,2})/(\\d{1,2})/" + Y);
    private static final Pattern MONTHS_OF = Pattern.compile("(?<![\\d/])(\\d{1,2}) thang (?:dau )?(?:nam )?" + Y);
    private static final Pattern MONTH = Pattern.compile("(?<![a-z])(?:thang|t)\\s?(\\d{1,2})(?: nam |/| - |-| )" + Y);
    private static final Pattern QUARTER = Pattern.compile("quy (iv|iii|ii|i|[1-4])(?: nam |/| )" + Y);
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/" + Y);
    private static final Pattern ISO_MONTH = Pattern.compile("(?<!\\d)" + Y + "-(0[1-9]|1[0-2])(?![\\d-])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/])" + Y + "(?![\\d.,/])");

    private PeriodText() {
    }

    /** The first period named in {@code text} (any case, accents or not). */
    public static Optional<Period> find(String text) {
        String t = VnText.fold(text);
        Candidate best = null;
        best = earliest(best, FROM_TO.matcher(t), m -> new Period(Kind.CUMULATIVE, year(m.group(4)),
                Integer.parseInt(m.group(3)), 0));
        best = earliest(best, MONTHS_OF.matcher(t), m -> {
            int months = Integer.parseInt(m.group(1));
            if (months < 1 || months > 12) {
                return null;
            }
            return months == 12 ? new Period(Kind.YEAR, year(m.group(2)), 0, 0)
                    : new Period(Kind.CUMULATIVE, year(m.group(2)), months, 0);
        });
        best = earliest(best, MONTH.matcher(t), m -> month(year(m.group(2)), Integer.parseInt(m.group(1))));
        best = earliest(best, QUARTER.matcher(t), m -> new Period(Kind.QUARTER, year(m.group(2)), 0, quarter(m.group(1))));
        best = earliest(best, DATE.matcher(t), m -> month(year(m.group(3)), Integer.parseInt(m.group(2))));
        best = earliest(best, ISO_MONTH.matcher(t), m -> month(year(m.group(1)), Integer.parseInt(m.group(2))));
        best = earliest(best, YEAR.matcher(t), m -> new Period(Kind.YEAR, year(m.group(1)), 0, 0));
        return best == null ? Optional.empty() : Optional.of(best.period);
    }

    private record Candidate(int start, Period period) {
    }

    private interface Reading {
        Period read(Matcher m);
    }

    /** Keeps the candidate that starts first; at the same start, the more specific pattern tried earlier. */
    private static Candidate earliest(Candidate best, Matcher m, Reading reading) {
        while (m.find()) {
            if (best != null && m.start() >= best.start) {
                return best;
            }
            Period p = reading.read(m);
            if (p != null) {
                return new Candidate(m.start(), p);
            }
        }
        return best;
    }

    private static Period month(int year, int month) {
        return month >= 1 && month <= 12 ? new Period(Kind.MONTH, year, month, 0) : null;
    }

    private static int year(String text) {
        return Integer.parseInt(text);
    }

    private static int quarter(String text) {
        return switch (text) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
