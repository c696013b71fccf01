package org.planscore.plan;

import java.util.Locale;

/** How the city's own assessment (e.g. the People's Committee's year-end report) judged a target. */
public enum CityVerdict {
    ACHIEVED, NOT_ACHIEVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CityVerdict parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "achieved" -> ACHIEVED;
            case "not_achieved" -> NOT_ACHIEVED;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
