package org.planscore.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units as files write them ("Tỷ đồng", "Đơn vị: triệu đồng", "Triệu USD", "%", "Nghìn tấn") turned into the codes the
 * plan catalogue uses ("bn VND", "mn VND", "mn USD", "%", "thousand t"), and the exact decimal shift between
 * multiples of the same currency (triệu đồng → tỷ đồng is three places).
 */
public final class UnitText {

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{1,30})\\)");
    private static final Pattern PREFIX = Pattern.compile("^(don vi tinh|don vi|dvt|unit)\\s*:?\\s*");
    private static final Map<String, String> UNITS = new LinkedHashMap<>();
    private static final Map<String, Integer> VND_EXPONENT = Map.of("VND", 0, "thousand VND", 3, "mn VND", 6,
            "bn VND", 9, "thousand bn VND", 12);

    static {
        UNITS.put("dong", "VND");
        UNITS.put("nghin dong", "thousand VND");
        UNITS.put("ngan dong", "thousand VND");
        UNITS.put("trieu dong", "mn VND");
        UNITS.put("trieu vnd", "mn VND");
        UNITS.put("ty dong", "bn VND");
        UNITS.put("ti dong", "bn VND");
        UNITS.put("ty vnd", "bn VND");
        UNITS.put("nghin ty dong", "thousand bn VND");
        UNITS.put("ngan ty dong", "thousand bn VND");
        UNITS.put("usd", "USD");
        UNITS.put("trieu usd", "mn USD");
        UNITS.put("ty usd", "bn USD");
        UNITS.put("%", "%");
        UNITS.put("phan tram", "%");
        UNITS.put("percent", "%");
        UNITS.put("nghin tan", "thousand t");
        UNITS.put("tan", "t");
        UNITS.put("nghin ha", "thousand ha");
        UNITS.put("ha", "ha");
        UNITS.put("du an", "projects");
        UNITS.put("doanh nghiep", "firms");
        UNITS.put("luot nguoi", "visits");
        UNITS.put("nghin nguoi", "thousand persons");
        UNITS.put("nguoi", "persons");
        UNITS.put("trieu dong/nguoi", "mn VND");
        UNITS.put("mn vnd", "mn VND");
        UNITS.put("bn vnd", "bn VND");
        UNITS.put("mn usd", "mn USD");
        UNITS.put("ta/ha", "quintal/ha");
        UNITS.put("thous. pers.", "thousand persons");
        UNITS.put("thous. persons", "thousand persons");
        UNITS.put("thousand persons", "thousand persons");
        UNITS.put("mill usd", "mn USD");
        UNITS.put("mill. usd", "mn USD");
        UNITS.put("bill dongs", "bn VND");
        UNITS.put("bill. dongs", "bn VND");
        UNITS.put("mill. dongs", "mn VND");
        UNITS.put("millions of dong", "mn VND");
        UNITS.put("in millions of dong", "mn VND");
        UNITS.put("billions of dong", "bn VND");
    }

    private UnitText() {
    }

    /**
     * The unit code a cell names, if the whole cell (bar a "Đơn vị:" prefix, brackets and a final full stop) is a
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
        String t = VnText.fold(cell);
        t = PREFIX.matcher(t).replaceFirst("");
        if (t.endsWith(".")) {
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
        return units.size() > 0 && t.length() > 0 ? units : List.of();
    }

    /** Units written in brackets inside a header or title ("Số vốn đăng ký (Triệu USD)", "… (Thous. pers.)"), in order. */
    public static List<String> findIn(String text) {
        List<String> units = new ArrayList<>();
        Matcher m = BRACKETED.matcher(VnText.fold(text));
        while (m.find()) {
            String unit = one(m.group(1).strip());
            if (unit != null && !units.contains(unit)) {
                units.add(unit);
            }
        }
        return units;
    }

    private static String one(String folded) {
        String t = folded;
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return UNITS.get(t);
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
