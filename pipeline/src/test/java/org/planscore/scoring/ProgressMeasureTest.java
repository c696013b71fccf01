package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** SCORING.md §1 end to end, one test per rule. Expected values hand-computed in the comments. */
class ProgressMeasureTest {
    private static final double EPS = 1e-12;

    private static ProgressResult noTarget(List<YearValue> points, int baseYear, Direction d, Double limit) {
        return ProgressMeasure.assess(SeriesSpec.withoutTarget(points, baseYear, d, limit));
    }

    private static ProgressResult target(List<YearValue> points, int baseYear, int targetYear, double target,
                                         Direction d) {
        return ProgressMeasure.assess(SeriesSpec.withTarget(points, baseYear, targetYear, target, d));
    }

    private static void assertNotAvailable(ProgressResult r) {
        assertNull(r.progressValue());
        assertEquals(ProgressStatus.NOT_AVAILABLE, r.status());
        assertNull(r.score());
    }

    @Test
    void methodOneIncrease() {
        ProgressResult r = noTarget(Points.of(2015, 100, 2018, 104, 2020, 110), 2015, Direction.INCREASE, null);
        assertEquals(2015, r.baseYearUsed());
        assertEquals(100.0, r.baseValue());
        assertEquals(2020, r.currentYear());
        assertEquals(110.0, r.currentValue());
        // P = (110/100)^(1/5) − 1 = 0.019244876491456564 ≥ 0.015
        assertEquals(0.019244876491456564, r.progressValue(), EPS);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, r.status());
        // min(500·0.0192448765 − 5, 5) = 4.622438245728283
        assertEquals(4.622438245728283, r.score(), EPS);
    }

    @Test
    void methodOneDecreaseFlipsTheGrowth() {
        ProgressResult r = noTarget(Points.of(2015, 20, 2020, 18), 2015, Direction.DECREASE, null);
        // P = −1·((18/20)^(1/5) − 1) = 0.0208516376390232 ≥ 0.015; score min(10.43 − 5, 5) = 5
        assertEquals(0.0208516376390232, r.progressValue(), EPS);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, r.status());
        assertEquals(5.0, r.score(), EPS);
    }

    @Test
    void methodOneWithLimitScalesThresholdsAndScore() {
        ProgressResult r = noTarget(Points.of(2015, 60, 2020, 63), 2015, Direction.INCREASE, 100.0);
        // C = 1 − 0.6^4.44 = 0.8964877969664486; high = 0.01344732, med = 0.00448244
        // P = (63/60)^(1/5) − 1 = 0.009805797673485328 → moderate
        assertEquals(0.009805797673485328, r.progressValue(), EPS);
        assertEquals(ProgressStatus.MODERATE_PROGRESS, r.status());
        // 250·P/C − 1.25 = 1.4845039460287026
        assertEquals(1.4845039460287026, r.score(), EPS);
    }

    @Test
    void methodOneBaseAtTheLimitGivesZeroCoefficient() {
        ProgressResult held = noTarget(Points.of(2015, 100, 2020, 100), 2015, Direction.INCREASE, 100.0);
        // C = 0, P = 0 ≥ 0 = high → substantial, score 5
        assertEquals(0.0, held.progressValue(), EPS);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, held.status());
        assertEquals(5.0, held.score(), EPS);

        ProgressResult fell = noTarget(Points.of(2015, 100, 2020, 95), 2015, Direction.INCREASE, 100.0);
        // P = 0.95^(1/5) − 1 = −0.010206; score 125·P − 2.5 = −3.7757, not divided by C
        double p = Math.pow(0.95, 0.2) - 1;
        assertEquals(p, fell.progressValue(), EPS);
        assertEquals(ProgressStatus.DETERIORATION, fell.status());
        assertEquals(125 * p - 2.5, fell.score(), EPS);
    }

    @Test
    void zeroBaseIsReplacedForTheCalculationOnly() {
        ProgressResult r = noTarget(Points.of(2015, 0, 2020, 5), 2015, Direction.INCREASE, null);
        assertEquals(0.0, r.baseValue()); // reported as observed
        // P = (5/0.001)^(1/5) − 1 = 5000^0.2 − 1 = 4.49280271653059
        assertEquals(4.49280271653059, r.progressValue(), EPS);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, r.status());
    }

    @Test
    void zeroTargetIsReplacedForTheCalculation() {
        ProgressResult r = target(Points.of(2015, 10, 2020, 5), 2015, 2030, 0, Direction.DECREASE);
        // observed = 0.5^(1/5) − 1 = −0.12944943670387588
        // required = (0.001/10)^(1/15) − 1 = −0.45883047345353634
        // P = (+1)(−1)(−0.129449)/0.458830 = 0.28212911781890315 → limited
        assertEquals(0.28212911781890315, r.progressValue(), EPS);
        assertEquals(ProgressStatus.LIMITED_PROGRESS, r.status());
        // 4.1667·0.282129 − 2.5 = −1.3244526047839764
        assertEquals(-1.3244526047839764, r.score(), EPS);
    }

    @Test
    void zeroTargetIsAchievedAgainstTheReplacementValue() {
        // The peer replaces a target of 0 by 0.001 before its achieved check: 0.0005 ≤ 0.001.
        ProgressResult r = target(Points.of(2015, 10, 2020, 0.0005), 2015, 2030, 0, Direction.DECREASE);
        assertEquals(ProgressStatus.TARGET_ACHIEVED, r.status());
        assertEquals(5.0, r.score());
    }

    @Test
    void negativeBaseFlipsTheSign() {
        ProgressResult r = noTarget(Points.of(2015, -10, 2020, -8), 2015, Direction.INCREASE, null);
        // s = −1; CAGR = (−8/−10)^(1/5) − 1 = −0.043647500209963; P = (−1)(+1)(−0.0436475) = 0.043647500209963
        assertEquals(0.043647500209963, r.progressValue(), EPS);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, r.status());
    }

    @Test
    void oppositeSignsAreNotAvailable() {
        assertNotAvailable(noTarget(Points.of(2015, 5, 2020, -1), 2015, Direction.INCREASE, null));
        assertNotAvailable(noTarget(Points.of(2015, -5, 2020, 1), 2015, Direction.INCREASE, null));
    }

    @Test
    void zeroBaseWithNegativeLatestIsOppositeSigns() {
        // 0 becomes 0.001 before the sign check, as in the peer
        assertNotAvailable(noTarget(Points.of(2015, 0, 2020, -1), 2015, Direction.INCREASE, null));
    }

    @Test
    void singlePointIsNotAvailable() {
        ProgressResult r = noTarget(Points.of(2015, 5), 2015, Direction.INCREASE, null);
        assertEquals(2015, r.baseYearUsed());
        assertEquals(2015, r.currentYear());
        assertNotAvailable(r);
    }

    @Test
    void baseYearWithoutValueUsesTheFirstLaterYear() {
        ProgressResult r = noTarget(Points.of(2013, 90, 2016, 100, 2021, 120), 2015, Direction.INCREASE, null);
        assertEquals(2016, r.baseYearUsed());
        assertEquals(100.0, r.baseValue());
        // P = (120/100)^(1/5) − 1 = 0.03713728933664817
        assertEquals(0.03713728933664817, r.progressValue(), EPS);
    }

    @Test
    void noValueAtOrAfterTheBaseYearIsNotAvailable() {
        ProgressResult r = noTarget(Points.of(2015, 5, 2018, 6), 2020, Direction.INCREASE, null);
        assertNull(r.baseYearUsed());
        assertNull(r.baseValue());
        assertEquals(2018, r.currentYear());
        assertNotAvailable(r);
    }

    @Test
    void latestYearEqualToBaseYearIsNotAvailable() {
        // t − b = 0 < 1: the base year is the latest year with a value
        assertNotAvailable(noTarget(Points.of(2015, 1, 2020, 2), 2020, Direction.INCREASE, null));
    }

    @Test
    void targetAchievedIsCheckedEvenWhenProgressIsNotAvailable() {
        // no value at or after 2020, but the latest value 95 ≥ 90
        ProgressResult r = target(Points.of(2015, 50, 2018, 95), 2020, 2030, 90, Direction.INCREASE);
        assertNull(r.progressValue());
        assertEquals(ProgressStatus.TARGET_ACHIEVED, r.status());
        assertEquals(5.0, r.score());
    }

    @Test
    void targetAchievedKeepsTheProgressValue() {
        ProgressResult r = target(Points.of(2015, 10, 2020, 4), 2015, 2030, 5, Direction.DECREASE);
        // 4 ≤ 5 → achieved; P still computed: −(0.4^(1/5) − 1)/|(0.5)^(1/15) − 1|
        double p = -(Math.pow(0.4, 0.2) - 1) / Math.abs(Math.pow(0.5, 1.0 / 15) - 1);
        assertEquals(p, r.progressValue(), EPS);
        assertEquals(ProgressStatus.TARGET_ACHIEVED, r.status());
        assertEquals(5.0, r.score());
    }

    @Test
    void methodTwo() {
        ProgressResult r = target(Points.of(2015, 60, 2022, 70), 2015, 2030, 90, Direction.INCREASE);
        // observed (70/60)^(1/7) − 1 = 0.022265789209679587; required 1.5^(1/15) − 1 = 0.02739965906371644
        // P = 0.8126301556490789 → moderate; score 7.1429·P − 4.2857 = 1.5188359387858048
        assertEquals(0.8126301556490789, r.progressValue(), EPS);
        assertEquals(ProgressStatus.MODERATE_PROGRESS, r.status());
        assertEquals(1.5188359387858048, r.score(), EPS);
    }

    @Test
    void methodTwoIgnoresTheLimit() {
        SeriesSpec withLimit = new SeriesSpec(Points.of(2015, 60, 2022, 70), 2015, 2030, 90.0,
                Direction.INCREASE, 100.0);
        assertEquals(0.8126301556490789, ProgressMeasure.assess(withLimit).progressValue(), EPS);
    }

    @Test
    void methodTwoMovingAwayFromTheTargetIsDeterioration() {
        ProgressResult r = target(Points.of(2015, 60, 2022, 50), 2015, 2030, 90, Direction.INCREASE);
        // P = ((50/60)^(1/7) − 1)/0.02739965906 = −0.025710/0.027400 = −0.9383 → max(4.1667·P − 2.5, −5) = −5
        assertEquals(ProgressStatus.DETERIORATION, r.status());
        assertEquals(-5.0, r.score(), EPS);
    }

    @Test
    void targetYearEqualToBaseYearIsNotAvailable() {
        // required growth has exponent 1/0; the peer divides by zero
        assertNotAvailable(target(Points.of(2015, 60, 2022, 70), 2015, 2015, 90, Direction.INCREASE));
    }

    @Test
    void targetEqualToBaseIsNotAvailableUnlessAchieved() {
        // required growth 0; the peer divides by zero
        assertNotAvailable(target(Points.of(2015, 60, 2022, 55), 2015, 2030, 60, Direction.INCREASE));
        assertEquals(ProgressStatus.TARGET_ACHIEVED,
                target(Points.of(2015, 60, 2022, 65), 2015, 2030, 60, Direction.INCREASE).status());
    }

    @Test
    void targetOnTheOtherSideOfZeroIsNotAvailable() {
        // (5/−10)^(1/15) has no real value; the methodology requires all values on one side of zero
        assertNotAvailable(target(Points.of(2015, -10, 2022, -8), 2015, 2030, 5, Direction.INCREASE));
    }

    @Test
    void emptySeriesIsNotAvailable() {
        ProgressResult r = target(List.of(), 2015, 2030, 90, Direction.INCREASE);
        assertNull(r.baseYearUsed());
        assertNull(r.currentYear());
        assertNotAvailable(r);
    }

    @Test
    void duplicateYearsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> noTarget(Points.of(2015, 1, 2015, 2), 2015, Direction.INCREASE, null));
    }

    @Test
    void targetWithoutTargetYearIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ProgressMeasure.assess(
                new SeriesSpec(Points.of(2015, 1, 2020, 2), 2015, null, 5.0, Direction.INCREASE, null)));
    }

    @Test
    void pointsInAnyOrder() {
        ProgressResult r = noTarget(Points.of(2020, 110, 2015, 100), 2015, Direction.INCREASE, null);
        assertEquals(0.019244876491456564, r.progressValue(), EPS);
    }
}
