package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreMeansTest {

    @Test
    void indicatorThenPillarThenPlanMeans() {
        List<ScoreMeans.Item> items = List.of(
                // budget pillar: BUDGET indicator (two targets: 5 and −1 → 2), INVEST indicator (4) → pillar 3
                new ScoreMeans.Item("budget", "BUDGET", ProgressStatus.TARGET_ACHIEVED, 5.0),
                new ScoreMeans.Item("budget", "BUDGET", ProgressStatus.LIMITED_PROGRESS, -1.0),
                new ScoreMeans.Item("budget", "INVEST", ProgressStatus.SUBSTANTIAL_PROGRESS, 4.0),
                // society pillar: one indicator at −3 → pillar −3 (deterioration, < −2.5)
                new ScoreMeans.Item("society", "POVERTY", ProgressStatus.DETERIORATION, -3.0),
                // a target without a score does not count
                new ScoreMeans.Item("society", "DOCTORS", ProgressStatus.NOT_AVAILABLE, null));
        ScoreMeans.PlanMean means = ScoreMeans.of(items, List.of("growth", "budget", "society"));

        assertEquals(3, means.pillars().size());
        assertNull(means.pillars().get(0).mean().score()); // growth: nothing scored
        assertEquals(3.0, means.pillars().get(1).mean().score(), 1e-12);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, means.pillars().get(1).mean().status());
        assertEquals(2, means.pillars().get(1).indicators());
        assertEquals(-3.0, means.pillars().get(2).mean().score(), 1e-12);
        assertEquals(ProgressStatus.DETERIORATION, means.pillars().get(2).mean().status());
        // plan: mean of the two scored pillars (3 + −3)/2 = 0 → moderate (lower bound inclusive)
        assertEquals(0.0, means.plan().score(), 1e-12);
        assertEquals(ProgressStatus.MODERATE_PROGRESS, means.plan().status());
    }

    @Test
    void achievedOnlyWhenEverythingBelowIs() {
        ScoreMeans.PlanMean means = ScoreMeans.of(List.of(
                new ScoreMeans.Item("p", "A", ProgressStatus.TARGET_ACHIEVED, 5.0),
                new ScoreMeans.Item("p", "B", ProgressStatus.TARGET_ACHIEVED, 5.0)), List.of("p"));
        assertEquals(ProgressStatus.TARGET_ACHIEVED, means.plan().status());
    }
}
