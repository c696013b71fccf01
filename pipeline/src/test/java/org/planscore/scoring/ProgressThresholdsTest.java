package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SCORING.md §1 status cut-offs: every lower bound is inclusive. */
class ProgressThresholdsTest {

    @Test
    void methodTwoBoundaries() {
        ProgressThresholds t = ProgressThresholds.withTarget();
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, t.statusOf(0.95));
        assertEquals(ProgressStatus.MODERATE_PROGRESS, t.statusOf(Math.nextDown(0.95)));
        assertEquals(ProgressStatus.MODERATE_PROGRESS, t.statusOf(0.60));
        assertEquals(ProgressStatus.LIMITED_PROGRESS, t.statusOf(Math.nextDown(0.60)));
        assertEquals(ProgressStatus.LIMITED_PROGRESS, t.statusOf(0.0));
        assertEquals(ProgressStatus.LIMITED_PROGRESS, t.statusOf(-0.0));
        assertEquals(ProgressStatus.DETERIORATION, t.statusOf(-Double.MIN_VALUE));
    }

    @Test
    void methodOneBoundariesWithoutLimit() {
        ProgressThresholds t = ProgressThresholds.withoutTarget(1); // 0.015, 0.005, 0
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, t.statusOf(0.015));
        assertEquals(ProgressStatus.MODERATE_PROGRESS, t.statusOf(Math.nextDown(0.015)));
        assertEquals(ProgressStatus.MODERATE_PROGRESS, t.statusOf(0.005));
        assertEquals(ProgressStatus.LIMITED_PROGRESS, t.statusOf(Math.nextDown(0.005)));
        assertEquals(ProgressStatus.LIMITED_PROGRESS, t.statusOf(0.0));
        assertEquals(ProgressStatus.DETERIORATION, t.statusOf(-Double.MIN_VALUE));
    }

    @Test
    void methodOneThresholdsAreScaledByTheLimitCoefficient() {
        ProgressThresholds t = ProgressThresholds.withoutTarget(0.5); // 0.0075, 0.0025, 0
        assertEquals(0.0075, t.high(), 1e-15);
        assertEquals(0.0025, t.med(), 1e-15);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, t.statusOf(0.0075));
        assertEquals(ProgressStatus.MODERATE_PROGRESS, t.statusOf(0.0025));
    }

    @Test
    void zeroCoefficientMakesAnyNonNegativeGrowthSubstantial() {
        ProgressThresholds t = ProgressThresholds.withoutTarget(0);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, t.statusOf(0.0));
        assertEquals(ProgressStatus.DETERIORATION, t.statusOf(-0.001));
    }
}
