package org.planscore.ingest.text;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planscore.support.StrictDecimal;

/**
 * Numbers as Vietnamese statistics write them. A spreadsheet's numeric cell arrives as plain decimal text and is
 * taken as stored; text is read by the source's {@link NumberStyle}. Understood besides plain numbers:
 * "trên 100.000" / "hơn" / "&gt;" (a lower bound), ranges "12,7-13" (the lower bound, noted), "-", "..", "…", "x"
 * (no figure), footnote marks ("125,3*", "98(1)", "(1) 419.278.223"), non-breaking spaces, cached formula errors
 * ("#REF!"), and float artefacts such as 1.16e-10 standing for zero.
 */
public final class VnNumber {

    /** Below this absolute value a figure is a rounding artefact of a spreadsheet formula and reads as 0. */
    public static final double ARTEFACT = 1e-6;

    private static final Pattern ERROR = Pattern.compile("#(REF!|DIV/0!|N/A|VALUE!|NAME\\?|NUM!|NULL!)|#N/A");
    private static final String FOOTNOTE_MARK = "(\\*+|\\(\\d{1,2}\\)|\\(\\*+\\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)";
    private static final Pattern FOOTNOTE = Pattern.compile(FOOTNOTE_MARK + "$");
    /** A mark before the figure, set apart by a space ("(1) 419.278.223"); "(1.234)" stays what it is. */
    private static final Pattern FOOTNOTE_BEFORE = Pattern.compile("^" + FOOTNOTE_MARK + "\\s+(?=[-+]?\\d)");
    private static final Pattern LOWER = Pattern.compile("^(tren|hon|it nhat|toi thieu|over|more than|above|>=|>)\\s*");
    private static final Pattern RANGE = Pattern.compile("^([-+]?[\\d.,]+)\\s*[-–—]\\s*([\\d.,]+)$");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d[\\d.,]*");

    /**
     * Each style's recent results: locating a table parses the cells of its first rows once for every source profile
     * tried on them (a quarter of the time of reading a workbook went to parsing the same cells again).
     */
    private static final Map<NumberStyle, TextMemo<Result>> PARSED = new EnumMap<>(NumberStyle.class);

    static {
        for (NumberStyle style : NumberStyle.values()) {
            PARSED.put(style, new TextMemo<>(raw -> parseAnew(raw, style)));
        }
    }

    /** What a cell gave. */
    public sealed interface Result permits Value, Missing, Invalid {
    }

    /** @param note why the value is not simply the text (lower bound, range, artefact), or null */
    public record Value(double value, String note) implements Result {
    }

    /** No figure: "-", "..", blank. Not an error. */
    public record Missing(String text) implements Result {
    }

    /** @param reason {@code error} (cached formula error), {@code formula} or {@code text} */
    public record Invalid(String text, String reason) implements Result {
    }

    private VnNumber() {
    }

    public static Result parse(String raw, NumberStyle style) {
        return style == null ? parseAnew(raw, null) : PARSED.get(style).apply(raw);
    }

    private static Result parseAnew(String raw, NumberStyle style) {
        String cleaned = VnText.clean(raw);
        String text = withoutFootnoteBefore(cleaned).replace(" ", "");
        if (text.isEmpty() || text.equals("-") || text.equals("--") || text.equals("..") || text.equals("...")
                || text.equals("…") || text.equalsIgnoreCase("x") || text.equalsIgnoreCase("n/a")) {
            return new Missing(text);
        }
        if (ERROR.matcher(text).matches()) {
            return new Invalid(text, "error");
        }
        if (VnText.looksLikeFormula(text)) {
            return new Invalid(text, "formula");
        }
        String note = null;
        // Only words or ">" open a lower bound: a plain figure, as most cells of an import are, is not folded
        if (text.chars().anyMatch(c -> Character.isLetter(c) || c == '>')) {
            String folded = VnText.fold(raw);
            Matcher lower = LOWER.matcher(folded);
            if (lower.find()) {
                text = folded.substring(lower.end()).replace(" ", "");
                note = "lower bound: " + cleaned;
            }
        }
        Matcher foot = FOOTNOTE.matcher(text);
        if (foot.find() && foot.start() > 0) {
            text = text.substring(0, foot.start());
        }
        text = text.replace("%", "");
        Matcher range = RANGE.matcher(text);
        if (range.matches() && !range.group(1).isEmpty()) {
            Double lo = number(range.group(1), style);
            Double hi = number(range.group(2), style);
            if (lo != null && hi != null) {
                return new Value(lo, "range " + cleaned + ": lower bound");
            }
        }
        Double value = number(text, style);
        if (value == null) {
            return new Invalid(cleaned, "text");
        }
        if (value != 0 && Math.abs(value) < ARTEFACT) {
            return new Value(0.0, note == null ? "float artefact " + raw.strip() + " read as 0" : note);
        }
        return new Value(value, note);
    }

    /** The text after a footnote mark standing before the figure; a cell starting with a digit is left as it is. */
    private static String withoutFootnoteBefore(String cleaned) {
        if (cleaned.isEmpty() || Character.isDigit(cleaned.charAt(0)) || cleaned.charAt(0) == '-') {
            return cleaned;
        }
        Matcher mark = FOOTNOTE_BEFORE.matcher(cleaned);
        return mark.find() ? cleaned.substring(mark.end()) : cleaned;
    }

    /** A number written with thousands and decimal separators according to the style; null if it is not one. */
    static Double number(String text, NumberStyle style) {
        if (StrictDecimal.matches(text) && (text.indexOf('.') < 0 || style != NumberStyle.VN || !groupedByDots(text))) {
            return finite(Double.parseDouble(text));
        }
        if (!GROUPED.matcher(text).matches()) {
            return null;
        }
        int dots = count(text, '.');
        int commas = count(text, ',');
        String normal;
        if (dots > 0 && commas > 0) {
            // Both: the later one is the decimal mark.
            normal = text.lastIndexOf(',') > text.lastIndexOf('.') ? text.replace(".", "").replace(',', '.')
                    : text.replace(",", "");
        } else if (commas > 0) {
            boolean thousands = style == NumberStyle.EN || (style == NumberStyle.AUTO && (commas > 1 || groupedBy(text, ',')));
            normal = thousands ? text.replace(",", "") : (commas == 1 ? text.replace(',', '.') : null);
        } else {
            boolean thousands = style == NumberStyle.VN ? true : dots > 1;
            normal = thousands ? (groupedBy(text, '.') ? text.replace(".", "") : null) : text;
        }
        if (normal == null || !StrictDecimal.matches(normal)) {
            return null;
        }
        return finite(new BigDecimal(normal).doubleValue());
    }

    private static boolean groupedByDots(String text) {
        return count(text, '.') >= 1 && groupedBy(text, '.');
    }

    /** Every group after the first separator has exactly three digits. */
    private static boolean groupedBy(String text, char separator) {
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        String[] parts = unsigned.split(Pattern.quote(String.valueOf(separator)), -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The value with its decimal point moved by {@code places} (exact on the decimal digits: 69523000 → 69523). */
    public static double shift(double value, int places) {
        if (places == 0) {
            return value;
        }
        return new BigDecimal(Double.toString(value)).movePointRight(places).doubleValue();
    }
}
