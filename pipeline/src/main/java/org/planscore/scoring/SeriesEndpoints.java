package org.planscore.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The only two points the progress measure looks at (SCORING.md §1): the base point (the configured base year, or the
 * first later year with a value) and the latest point. Either is null when the series has no such point.
 */
record SeriesEndpoints(YearValue base, YearValue latest) {

    static SeriesEndpoints of(List<YearValue> points, int configuredBaseYear) {
        requireUsable(points);
        YearValue base = null;
        YearValue latest = null;
        for (YearValue point : points) {
            if (point.year() >= configuredBaseYear && (base == null || point.year() < base.year())) {
                base = point;
            }
            if (latest == null || point.year() > latest.year()) {
                latest = point;
            }
        }
        return new SeriesEndpoints(base, latest);
    }

    /** The peer refuses duplicate years; a non-finite value is a data error, not a measurement. */
    private static void requireUsable(List<YearValue> points) {
        Set<Integer> years = new HashSet<>();
        for (YearValue point : points) {
            if (!years.add(point.year())) {
                throw new IllegalArgumentException("duplicate value for year " + point.year());
            }
            if (!Double.isFinite(point.value())) {
                throw new IllegalArgumentException("value for year " + point.year() + " is not a finite number");
            }
        }
    }
}
