package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * SCORING.md §1 method 2: moving only the latest value further from the target never improves the status or the
 * score. Values stay on one side of zero (negative series included) so the move never changes sign.
 */
class MethodTwoMonotonicityProperties {

    @Property(tries = 2000)
    void movingTheLatestValueAwayFromTheTargetNeverImprovesTheStatus(
            @ForAll @DoubleRange(min = 0.01, max = 1000) double baseMagnitude,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double latestMagnitude,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double targetMagnitude,
            @ForAll @DoubleRange(min = 0.01, max = 1) double shrink,
            @ForAll boolean negativeSeries,
            @ForAll Direction direction,
            @ForAll @IntRange(min = 1, max = 15) int yearsObserved,
            @ForAll @IntRange(min = 1, max = 20) int yearsToTarget) {
        double sign = negativeSeries ? -1 : 1;
        double latest = sign * latestMagnitude;
        // "Away from the target" is against the desired direction: lower for increase, higher for decrease.
        boolean awayIsTowardZero = (direction == Direction.INCREASE) == (latest > 0);
        double movedAway = awayIsTowardZero ? latest * shrink : latest / shrink;

        ProgressResult before = assess(sign * baseMagnitude, latest, sign * targetMagnitude, direction,
                yearsObserved, yearsToTarget);
        ProgressResult after = assess(sign * baseMagnitude, movedAway, sign * targetMagnitude, direction,
                yearsObserved, yearsToTarget);

        // ProgressStatus is ordered best first; NOT_AVAILABLE happens to both or neither here.
        assertTrue(after.status().ordinal() >= before.status().ordinal(),
                () -> before.status() + " became " + after.status());
        if (before.score() != null && after.score() != null) {
            assertTrue(after.score() <= before.score(), () -> before.score() + " became " + after.score());
        }
    }

    private static ProgressResult assess(double base, double latest, double target, Direction direction,
                                         int yearsObserved, int yearsToTarget) {
        int baseYear = 2015;
        List<YearValue> points = List.of(new YearValue(baseYear, base),
                new YearValue(baseYear + yearsObserved, latest));
        return ProgressMeasure.assess(SeriesSpec.withTarget(points, baseYear, baseYear + yearsToTarget, target,
                direction));
    }
}
