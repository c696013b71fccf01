package org.planscore.scoring;

import java.util.Locale;

/** The desired direction of an indicator. Always explicit: the peer implementation defaults to "decrease". */
public enum Direction {
    INCREASE(1), DECREASE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 for increase, -1 for decrease: the d of SCORING.md §1. */
    public int sign() {
        return sign;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "increase" / "decrease" (any case, trimmed); anything else is an error naming the value. */
    public static Direction parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "increase" -> INCREASE;
            case "decrease" -> DECREASE;
            default -> throw new IllegalArgumentException("direction must be 'increase' or 'decrease', got '" + text + "'");
        };
    }
}
