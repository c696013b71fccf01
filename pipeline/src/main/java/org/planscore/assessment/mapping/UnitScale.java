package org.planscore.assessment.mapping;

import java.math.BigDecimal;
import java.util.Locale;

import org.planscore.ingest.text.VnText;

/**
 * A unit split into its scale word and the rest: "mn USD" is 10^6 × "usd", "tỷ đồng" 10^9 × "dong". Only to check
 * a mapping's factor; units without a scale word have scale 1.
 */
record UnitScale(double scale, String base) {

    static UnitScale of(String unit) {
        String folded = VnText.fold(unit).toLowerCase(Locale.ROOT).replace("vnd", "dong").replace("đ", "d").strip();
        String[] words = folded.split("\\s+", 2);
        double scale = switch (words[0]) {
            case "thousand", "thous.", "nghin", "ngan" -> 1e3;
            case "mn", "million", "mill", "trieu" -> 1e6;
            case "bn", "billion", "bill", "ty" -> 1e9;
            default -> 1;
        };
        return scale == 1 || words.length < 2 ? new UnitScale(1, folded) : new UnitScale(scale, words[1].strip());
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
