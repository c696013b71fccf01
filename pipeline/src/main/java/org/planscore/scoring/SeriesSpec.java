package org.planscore.scoring;

import java.util.List;

/**
 * One series to assess with the progress measure (SCORING.md §1).
 *
 * @param points      annual values, any order, no missing values (a missing year is simply absent)
 * @param baseYear    configured base year b; if it has no value the first later year with a value is used
 * @param targetYear  target year T, or null when the series has no target (method 1)
 * @param target      target value y_T, or null (method 1)
 * @param direction   desired direction, never defaulted
 * @param limit       natural limit L for method 1, or null
 */
public record SeriesSpec(List<YearValue> points, int baseYear, Integer targetYear, Double target,
                         Direction direction, Double limit) {
    public SeriesSpec {
        points = List.copyOf(points);
        if (direction == null) {
            throw new IllegalArgumentException("direction is required");
        }
    }

    /** A series without a target: §1 method 1, with an optional natural limit. */
    public static SeriesSpec withoutTarget(List<YearValue> points, int baseYear, Direction direction, Double limit) {
        return new SeriesSpec(points, baseYear, null, null, direction, limit);
    }

    /** A series with a target value to reach by a target year: §1 method 2 (a limit would be ignored). */
    public static SeriesSpec withTarget(List<YearValue> points, int baseYear, int targetYear, double target,
                                        Direction direction) {
        return new SeriesSpec(points, baseYear, targetYear, target, direction, null);
    }
}
