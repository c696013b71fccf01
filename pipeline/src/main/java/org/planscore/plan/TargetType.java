package org.planscore.plan;

import java.util.Locale;

/** What a plan target states (SCORING.md §3). */
public enum TargetType {
    /** A level to reach by the target year: §1 method 2 on the level series. */
    LEVEL,
    /** An upper bound ("at most"): §1 with direction decrease. */
    CEILING,
    /** A share or rate with a natural limit of 100. */
    SHARE,
    /** An average growth rate over a period: the growth rates are chained into an index. */
    GROWTH_AVG,
    /** A yearly growth rate set in an annual plan: achieved when the year's rate reaches the (lower bound of the) target. */
    ANNUAL_GROWTH,
    /** A total over a period. */
    CUMULATIVE,
    /** An event by a date (a district becomes a city, a berth opens). */
    MILESTONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown target type '" + text + "'");
        }
    }
}
