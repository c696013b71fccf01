package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CumulativeTotalTest {

    @Test
    void socialHousingTwentyTwentyOneToTwentyFive() {
        // 5,861 units completed 2021–2024 (4 of 5 years) against 16,555 for 2021–2025:
        // projected 5861·5/4 = 7326.25; ratio 7326.25/16555 = 0.44254 → limited progress (0 ≤ r < 0.6);
        // score 4.1667·0.44254 − 2.5 = −0.65607
        CumulativeTotal c = CumulativeTotal.of(5861, 2024, 2020, 2025, 16555);
        assertEquals(7326.25, c.projected(), 1e-9);
        assertEquals(0.44254001812141347, c.ratio(), 1e-12);
        assertEquals(ProgressStatus.LIMITED_PROGRESS, c.status());
        assertEquals(-0.6560685064935066, c.score(), 1e-9);
    }

    @Test
    void cutOffsAreTheMethodTwoOnes() {
        // 3 of 4 years gave 72 → projected 96 of 100: r = 0.96 ≥ 0.95 substantial; score 7.1429·0.96 − 4.2857
        CumulativeTotal high = CumulativeTotal.of(72, 2023, 2020, 2024, 100);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, high.status());
        assertEquals(7.1429 * 0.96 - 4.2857, high.score(), 1e-9);
        // 2 of 4 years gave 30 → 60 of 100: r = 0.60 exactly, lower bound inclusive → moderate
        assertEquals(ProgressStatus.MODERATE_PROGRESS, CumulativeTotal.of(30, 2022, 2020, 2024, 100).status());
    }

    @Test
    void reachingTheTotalEarlyIsAchieved() {
        CumulativeTotal c = CumulativeTotal.of(120, 2023, 2020, 2025, 100);
        assertEquals(ProgressStatus.TARGET_ACHIEVED, c.status());
        assertEquals(5.0, c.score());
    }

    @Test
    void aPeriodNeedsAtLeastOneYearAndATarget() {
        assertThrows(IllegalArgumentException.class, () -> CumulativeTotal.of(1, 2020, 2020, 2025, 10));
        assertThrows(IllegalArgumentException.class, () -> CumulativeTotal.of(1, 2021, 2020, 2025, 0));
    }
}
