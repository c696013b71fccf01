package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** SCORING.md §1 aggregation of several series under one indicator. */
class IndicatorAggregateTest {

    private static ProgressResult scored(ProgressStatus status, Double score) {
        return new ProgressResult(2015, 1.0, 2020, 2.0, score == null ? null : 0.1, status, score);
    }

    @Test
    void meanOfNonNullScores() {
        IndicatorAggregate a = IndicatorAggregate.of(List.of(
                scored(ProgressStatus.TARGET_ACHIEVED, 5.0),
                scored(ProgressStatus.LIMITED_PROGRESS, -1.0),
                scored(ProgressStatus.NOT_AVAILABLE, null)));
        // (5 + (−1)) / 2 = 2.0 → moderate; not every scored series achieved its target
        assertEquals(2.0, a.score(), 1e-12);
        assertEquals(ProgressStatus.MODERATE_PROGRESS, a.status());
        assertEquals(2, a.scoredSeries());
    }

    @Test
    void targetAchievedOnlyWhenEveryScoredSeriesAchievedIt() {
        IndicatorAggregate a = IndicatorAggregate.of(List.of(
                scored(ProgressStatus.TARGET_ACHIEVED, 5.0),
                scored(ProgressStatus.TARGET_ACHIEVED, 5.0),
                scored(ProgressStatus.NOT_AVAILABLE, null))); // unscored series do not count
        assertEquals(5.0, a.score(), 1e-12);
        assertEquals(ProgressStatus.TARGET_ACHIEVED, a.status());
    }

    @Test
    void noScoredSeriesIsNotAvailable() {
        IndicatorAggregate a = IndicatorAggregate.of(List.of(scored(ProgressStatus.NOT_AVAILABLE, null)));
        assertNull(a.score());
        assertEquals(ProgressStatus.NOT_AVAILABLE, a.status());
        assertEquals(0, a.scoredSeries());
    }

    @Test
    void statusBandsOfTheMeanAreInclusiveBelow() {
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, IndicatorAggregate.statusOfScore(2.5));
        assertEquals(ProgressStatus.MODERATE_PROGRESS, IndicatorAggregate.statusOfScore(Math.nextDown(2.5)));
        assertEquals(ProgressStatus.MODERATE_PROGRESS, IndicatorAggregate.statusOfScore(0));
        assertEquals(ProgressStatus.LIMITED_PROGRESS, IndicatorAggregate.statusOfScore(-Double.MIN_VALUE));
        assertEquals(ProgressStatus.LIMITED_PROGRESS, IndicatorAggregate.statusOfScore(-2.5));
        assertEquals(ProgressStatus.DETERIORATION, IndicatorAggregate.statusOfScore(Math.nextDown(-2.5)));
    }

    @Test
    void meanOfTwoSeriesAtTheDeteriorationBoundary() {
        // (−5 + 0) / 2 = −2.5 → limited (inclusive)
        IndicatorAggregate a = IndicatorAggregate.of(List.of(
                scored(ProgressStatus.DETERIORATION, -5.0), scored(ProgressStatus.MODERATE_PROGRESS, 0.0)));
        assertEquals(ProgressStatus.LIMITED_PROGRESS, a.status());
    }
}
