package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each target type of SCORING.md §3 that carries a status: moving only the latest value away from the target
 * never improves the status (ProgressStatus is ordered best first) nor the score. Seeded sweeps of 1,000 cases each (10 seeds of 100).
 */
class TargetTypeMonotonicityTest {

    static LongStream seeds() {
        return SeededCases.seeds(1, 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void averageGrowth_lowerLatestRateNeverHelps(long seed) {
        SeededCases.sweep(seed, c -> lowerLatestRateNeverHelps(c.between(-20.0, 30.0), c.between(-20.0, 30.0),
                c.between(0.01, 30.0), c.between(0.5, 20.0), c.between(0, 5)));
    }

    private static void lowerLatestRateNeverHelps(double earlierRate, double latestRate, double drop,
                                                  double targetRate, int yearsLeft) {
        ProgressResult before = growth(earlierRate, latestRate, targetRate, yearsLeft);
        ProgressResult after = growth(earlierRate, latestRate - drop, targetRate, yearsLeft);
        assertNotBetter(before, after);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cumulative_smallerTotalToDateNeverHelps(long seed) {
        SeededCases.sweep(seed, c -> smallerTotalNeverHelps(c.between(0.0, 1000.0), c.between(0.01, 1.0),
                c.between(1.0, 1000.0), c.between(1, 5), c.between(0, 5)));
    }

    private static void smallerTotalNeverHelps(double toDate, double shrink, double target, int yearsElapsed,
                                               int yearsLeft) {
        int base = 2020;
        CumulativeTotal before = CumulativeTotal.of(toDate, base + yearsElapsed, base, base + yearsElapsed + yearsLeft,
                target);
        CumulativeTotal after = CumulativeTotal.of(toDate * shrink, base + yearsElapsed, base,
                base + yearsElapsed + yearsLeft, target);
        assertTrue(after.status().ordinal() >= before.status().ordinal(),
                () -> before.status() + " became " + after.status());
        assertTrue(after.score() <= before.score(), () -> before.score() + " became " + after.score());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ceiling_higherLatestValueNeverHelps(long seed) {
        SeededCases.sweep(seed, c -> higherLatestNeverHelps(c.between(0.01, 100.0), c.between(0.01, 100.0),
                c.between(1.0, 10.0), c.between(0.0, 100.0)));
    }

    private static void higherLatestNeverHelps(double base, double latest, double rise, double ceiling) {
        ProgressResult before = level(base, latest, ceiling, Direction.DECREASE);
        ProgressResult after = level(base, latest * rise, ceiling, Direction.DECREASE);
        assertNotBetter(before, after);
    }

    private static ProgressResult growth(double earlierRate, double latestRate, double targetRate, int yearsLeft) {
        Map<Integer, Double> rates = new LinkedHashMap<>();
        rates.put(2021, earlierRate);
        rates.put(2022, latestRate);
        AverageGrowth g = AverageGrowth.of(rates, 2020, 2022 + yearsLeft, targetRate);
        return ProgressMeasure.assess(SeriesSpec.withTarget(g.index(), 2020, 2022 + yearsLeft, g.targetIndex(),
                Direction.INCREASE));
    }

    private static ProgressResult level(double base, double latest, double target, Direction direction) {
        return ProgressMeasure.assess(SeriesSpec.withTarget(
                List.of(new YearValue(2020, base), new YearValue(2023, latest)), 2020, 2025, target, direction));
    }

    private static void assertNotBetter(ProgressResult before, ProgressResult after) {
        if (before.status() == ProgressStatus.NOT_AVAILABLE || after.status() == ProgressStatus.NOT_AVAILABLE) {
            return; // P not defined on one side (e.g. the target equals the base): nothing to compare
        }
        assertTrue(after.status().ordinal() >= before.status().ordinal(),
                () -> before.status() + " became " + after.status());
        assertTrue(after.score() <= before.score(), () -> before.score() + " became " + after.score());
    }
}
