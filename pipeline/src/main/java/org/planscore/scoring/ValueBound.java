package org.planscore.scoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A reported figure that is only a bound: "trên 13 %" / "> 13" / "hơn 109 nghìn tỷ" is a lower bound (the true
 * value lies above it), "dưới" / "<" an upper bound. A figure with no bound is exact (null where a bound is expected).
 */
public enum ValueBound {
    LOWER, UPPER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code lower}/{@code upper}, the signs {@code >}/{@code <} and the Vietnamese words trên/hơn, dưới. */
    public static Optional<ValueBound> parse(String text) {
        String plain = Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        return switch (plain) {
            case "lower", ">", ">=", "tren", "hon", "lower bound" -> Optional.of(LOWER);
            case "upper", "<", "<=", "duoi", "upper bound" -> Optional.of(UPPER);
            default -> Optional.empty();
        };
    }

    /** The sign a report writes before the figure ("> 13"). */
    public String sign() {
        return this == LOWER ? ">" : "<";
    }
}
