package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SCORING.md §1 method 2: moving only the latest value further from the target never improves the status or the
 * score. Values stay on one side of zero (negative series included) so the move never changes sign. A seeded sweep
 * of 2,000 cases (20 seeds of 100).
 */
class MethodTwoMonotonicityTest {

    static LongStream seeds() {
        return SeededCases.seeds(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void movingTheLatestValueAwayFromTheTargetNeverImprovesTheStatus(long seed) {
        SeededCases.sweep(seed, c -> movingAwayNeverHelps(c.between(0.01, 1000), c.between(0.01, 1000),
                c.between(0.01, 1000), c.between(0.01, 1.0), c.coin(), c.oneOf(Direction.class), c.between(1, 15),
                c.between(1, 20)));
    }

    private static void movingAwayNeverHelps(double baseMagnitude, double latestMagnitude, double targetMagnitude,
                                             double shrink, boolean negativeSeries, Direction direction,
                                             int yearsObserved, int yearsToTarget) {
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
                () -> before.status() + " became " + after.status() + " for " + List.of(baseMagnitude,
                        latestMagnitude, targetMagnitude, shrink, negativeSeries, direction, yearsObserved,
                        yearsToTarget));
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
