package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * For each target type of SCORING.md §3 that carries a status: moving only the latest value away from the target
 * never improves the status (ProgressStatus is ordered best first) nor the score.
 */
class TargetTypeMonotonicityProperties {

    @Property(tries = 1000)
    void averageGrowth_lowerLatestRateNeverHelps(
            @ForAll @DoubleRange(min = -20, max = 30) double earlierRate,
            @ForAll @DoubleRange(min = -20, max = 30) double latestRate,
            @ForAll @DoubleRange(min = 0.01, max = 30) double drop,
            @ForAll @DoubleRange(min = 0.5, max = 20) double targetRate,
            @ForAll @IntRange(min = 0, max = 5) int yearsLeft) {
        ProgressResult before = growth(earlierRate, latestRate, targetRate, yearsLeft);
        ProgressResult after = growth(earlierRate, latestRate - drop, targetRate, yearsLeft);
        assertNotBetter(before, after);
    }

    @Property(tries = 1000)
    void cumulative_smallerTotalToDateNeverHelps(
            @ForAll @DoubleRange(min = 0, max = 1000) double toDate,
            @ForAll @DoubleRange(min = 0.01, max = 1) double shrink,
            @ForAll @DoubleRange(min = 1, max = 1000) double target,
            @ForAll @IntRange(min = 1, max = 5) int yearsElapsed,
            @ForAll @IntRange(min = 0, max = 5) int yearsLeft) {
        int base = 2020;
        CumulativeTotal before = CumulativeTotal.of(toDate, base + yearsElapsed, base, base + yearsElapsed + yearsLeft,
                target);
        CumulativeTotal after = CumulativeTotal.of(toDate * shrink, base + yearsElapsed, base,
                base + yearsElapsed + yearsLeft, target);
        assertTrue(after.status().ordinal() >= before.status().ordinal(),
                () -> before.status() + " became " + after.status());
        assertTrue(after.score() <= before.score(), () -> before.score() + " became " + after.score());
    }

    @Property(tries = 1000)
    void ceiling_higherLatestValueNeverHelps(
            @ForAll @DoubleRange(min = 0.01, max = 100) double base,
            @ForAll @DoubleRange(min = 0.01, max = 100) double latest,
            @ForAll @DoubleRange(min = 1.0, max = 10) double rise,
            @ForAll @DoubleRange(min = 0, max = 100) double ceiling) {
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
