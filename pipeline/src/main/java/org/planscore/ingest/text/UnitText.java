package org.planscore.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Units as files write them ("Tỷ đồng", "Đơn vị: triệu đồng", "Triệu USD", "%", "Nghìn tấn", "Thous. pers.", "Bill.
 * VND") turned into the codes the plan catalogue uses ("bn VND", "mn VND", "mn USD", "%", "thousand t", "thousand
 * persons"), and the exact decimal shift between multiples of the same currency (triệu đồng → tỷ đồng is three
 * places). A unit is a scale word (Vietnamese or English, abbreviated or not) followed by a base unit, or one of a
 * few units of their own ("%", "Tạ/ha", "Dự án").
 */
public final class UnitText {

    private static final Pattern PREFIX = Pattern.compile("^(don vi tinh|don vi|dvt|unit)\\s*:?\\s*");
    /** What separates a unit from the words around it in a header or title: brackets, commas, semicolons, colons, " - ". */
    private static final Pattern PIECES = Pattern.compile("[(),;:]|\\s-\\s");
    private static final TextMemo<List<String>> ALL_UNITS = new TextMemo<>(UnitText::parseAllAnew);
    private static final Map<String, String> OWN = new LinkedHashMap<>();
    private static final Map<String, String> SCALE = new LinkedHashMap<>();
    private static final Map<String, String> BASE = new LinkedHashMap<>();
    private static final Map<String, Integer> VND_EXPONENT = Map.of("VND", 0, "thousand VND", 3, "mn VND", 6,
            "bn VND", 9, "thousand bn VND", 12);

    static {
        OWN.put("%", "%");
        OWN.put("phan tram", "%");
        OWN.put("percent", "%");
        OWN.put("ta/ha", "quintal/ha");
        OWN.put("du an", "projects");
        OWN.put("projects", "projects");
        OWN.put("doanh nghiep", "firms");
        OWN.put("luot nguoi", "visits");
        OWN.put("trieu dong/nguoi", "mn VND");
        for (String w : List.of("nghin", "ngan", "thous", "thous.", "thousand", "thousands")) {
            SCALE.put(w, "thousand");
        }
        for (String w : List.of("trieu", "mill", "mill.", "million", "millions", "mn")) {
            SCALE.put(w, "mn");
        }
        for (String w : List.of("ty", "ti", "bill", "bill.", "billion", "billions", "bn")) {
            SCALE.put(w, "bn");
        }
        for (String w : List.of("dong", "dongs", "vnd", "vnd.")) {
            BASE.put(w, "VND");
        }
        BASE.put("usd", "USD");
        for (String w : List.of("nguoi", "pers", "pers.", "persons", "people")) {
            BASE.put(w, "persons");
        }
        for (String w : List.of("tan", "tons", "tonnes")) {
            BASE.put(w, "t");
        }
        for (String w : List.of("ha", "hectares")) {
            BASE.put(w, "ha");
        }
    }

    private UnitText() {
    }

    /**
     * The unit code a cell names, if the whole cell (bar a "Đơn vị:" prefix, brackets and a final stop or comma) is a
     * unit; of a bilingual line ("Triệu đồng - In millions of dong") or a list ("Tỷ đồng; %"), the first.
     */
    public static Optional<String> parse(String cell) {
        List<String> all = parseAll(cell);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Every unit a unit cell names, in order: "Dự án; Triệu USD" gives projects and mn USD; "Triệu đồng - Millions
     * of dong" gives mn VND once. Empty when the cell is not (only) a unit line.
     */
    public static List<String> parseAll(String cell) {
        return ALL_UNITS.apply(cell);
    }

    private static List<String> parseAllAnew(String cell) {
        String t = VnText.fold(cell);
        t = PREFIX.matcher(t).replaceFirst("");
        if (t.endsWith(".") || t.endsWith(",") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        String whole = one(t);
        if (whole != null) {
            return List.of(whole);
        }
        List<String> units = new ArrayList<>();
        for (String part : t.split("\\s*(;| - )\\s*")) {
            String unit = one(PREFIX.matcher(part.strip()).replaceFirst(""));
            if (unit == null) {
                return List.of();
            }
            if (!units.contains(unit)) {
                units.add(unit);
            }
        }
        return units.size() > 0 && t.length() > 0 ? List.copyOf(units) : List.of();
    }

    /**
     * Units written inside a header or title, in order: in brackets ("Số vốn đăng ký (Triệu USD)", "… (Thous.
     * pers.)") or as a piece of their own between commas, semicolons, line breaks or " - " ("Dân số trung bình, Nghìn
     * người,", "… - Bill. VND").
     */
    public static List<String> findIn(String text) {
        List<String> units = new ArrayList<>();
        for (String line : text.split("[\\r\\n]+")) {
            for (String piece : PIECES.split(VnText.fold(line))) {
                String unit = one(PREFIX.matcher(piece.strip()).replaceFirst(""));
                if (unit != null && !units.contains(unit)) {
                    units.add(unit);
                }
            }
        }
        return units;
    }

    private static String one(String folded) {
        String t = folded;
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (OWN.containsKey(t)) {
            return OWN.get(t);
        }
        // "nghin ty dong", "in millions of dong", "bill. vnd", "thous. pers.": scale words, then the base unit.
        List<String> words = new ArrayList<>(List.of(t.split(" ")));
        words.remove("in");
        words.remove("of");
        if (words.isEmpty() || !BASE.containsKey(words.get(words.size() - 1))) {
            return null;
        }
        String base = BASE.get(words.remove(words.size() - 1));
        List<String> scale = new ArrayList<>();
        for (String w : words) {
            if (!SCALE.containsKey(w)) {
                return null;
            }
            scale.add(SCALE.get(w));
        }
        // One scale word, or "nghìn tỷ" (thousand billion): no other stacking is a unit.
        if (scale.size() > 1 && !scale.equals(List.of("thousand", "bn"))) {
            return null;
        }
        return scale.isEmpty() ? base : String.join(" ", scale) + " " + base;
    }

    /** Places the decimal point moves to turn a value in {@code from} into {@code to}; empty if not the same currency. */
    public static Optional<Integer> shift(String from, String to) {
        Integer a = VND_EXPONENT.get(from);
        Integer b = VND_EXPONENT.get(to);
        if (a == null || b == null) {
            return from.equals(to) ? Optional.of(0) : Optional.empty();
        }
        return Optional.of(a - b);
    }
}
