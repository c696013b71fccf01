package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** SCORING.md §2 forward-looking view. */
class ForwardViewTest {

    private static ForwardView view(SeriesSpec spec) {
        return ForwardView.of(spec, ProgressMeasure.assess(spec));
    }

    private static void assertNotComputable(ForwardView v) {
        assertNull(v.observedAnnualRate());
        assertNull(v.projectedValue());
        assertNull(v.pe());
        assertNull(v.forwardClass());
        assertNull(v.requiredAnnualRate());
    }

    @Test
    void workedExampleOfTheDesignDocument() {
        ForwardView v = view(SeriesSpec.withTarget(Points.of(2015, 60, 2022, 70), 2015, 2030, 90, Direction.INCREASE));
        // CAGR = (70/60)^(1/7) − 1 = 0.022265789 (2.227 %)
        assertEquals(0.022265789209679587, v.observedAnnualRate(), 1e-12);
        // v_e = 70·(1.022265789)^8 = 83.48503945212386 (83.485)
        assertEquals(83.48503945212386, v.projectedValue(), 1e-9);
        // P_e = (83.485 − 60)/(90 − 60) = 0.7828346484041285 (0.7828)
        assertEquals(0.7828346484041285, v.pe(), 1e-12);
        assertEquals(ForwardClass.ACCELERATION_NEEDED, v.forwardClass());
        // (90/70)^(1/8) − 1 = 0.031912940515340216
        assertEquals(0.031912940515340216, v.requiredAnnualRate(), 1e-12);
    }

    @Test
    void classBoundariesAreInclusiveBelow() {
        assertEquals(ForwardClass.ON_TRACK, ForwardClass.of(0.95));
        assertEquals(ForwardClass.ACCELERATION_NEEDED, ForwardClass.of(Math.nextDown(0.95)));
        assertEquals(ForwardClass.ACCELERATION_NEEDED, ForwardClass.of(0.10));
        assertEquals(ForwardClass.STAGNATION_OR_REGRESSION, ForwardClass.of(Math.nextDown(0.10)));
    }

    @Test
    void decreasingTowardsATarget() {
        ForwardView v = view(SeriesSpec.withTarget(Points.of(2015, 10, 2020, 8), 2015, 2025, 5, Direction.DECREASE));
        // CAGR = 0.8^(1/5) − 1; v_e = 8·0.8 = 6.4 (the same five-year factor again)
        // P_e = (6.4 − 10)/(5 − 10) = 0.72 → acceleration needed; required (5/8)^(1/5) − 1
        assertEquals(6.4, v.projectedValue(), 1e-9);
        assertEquals(0.72, v.pe(), 1e-9);
        assertEquals(ForwardClass.ACCELERATION_NEEDED, v.forwardClass());
        assertEquals(Math.pow(5.0 / 8, 0.2) - 1, v.requiredAnnualRate(), 1e-12);
    }

    @Test
    void notComputableWithoutTarget() {
        assertNotComputable(view(SeriesSpec.withoutTarget(Points.of(2015, 60, 2022, 70), 2015,
                Direction.INCREASE, null)));
    }

    @Test
    void notComputableWhenTheTargetYearIsNotAfterTheLatestYear() {
        assertNotComputable(view(SeriesSpec.withTarget(Points.of(2015, 60, 2022, 70), 2015, 2022, 90,
                Direction.INCREASE)));
    }

    @Test
    void notComputableWhenProgressIsNotAvailable() {
        assertNotComputable(view(SeriesSpec.withTarget(Points.of(2015, 60, 2022, -70), 2015, 2030, 90,
                Direction.INCREASE)));
    }
}
