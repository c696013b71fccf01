package org.planscore.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.planscore.plan.LocalizedText;
import org.planscore.plan.Pillar;
import org.planscore.plan.Plan;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetRole;
import org.planscore.plan.TargetType;
import org.planscore.render.summary.ReportSummary;
import org.planscore.scoring.Direction;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;

/**
 * Counts, means and the most-behind list are of the plan's main targets; reference targets (a growth scenario, a
 * superseded version) are shown, and counted apart.
 */
class MainAndReferenceTargetsTest {

    private static PlanTarget target(String id, TargetRole role) {
        return new PlanTarget(id, id, new LocalizedText(id, id), "p", TargetType.LEVEL, 2024, 2025, 10.0, null,
                Direction.INCREASE, "u", null, "Hải Phòng", "src", null, null, null, null, null, null, null, role);
    }

    private static ScoredTarget scored(PlanTarget t, ProgressStatus status, double score) {
        return new ScoredTarget(t, List.of(new ObservationPoint(2025, 1, "estimate", "src")),
                new ProgressResult(2024, 1.0, 2025, 1.0, 0.1, status, score));
    }

    @Test
    void onlyMainTargetsAreCountedAndAveraged() {
        // given two main targets (achieved +5, deterioration −5) and a scenario copy at −5
        PlanTarget a = target("A", TargetRole.MAIN);
        PlanTarget b = target("B", TargetRole.MAIN);
        PlanTarget scenario = target("B_SCENARIO", TargetRole.REFERENCE);
        Plan plan = new Plan("p", new LocalizedText("p", "p"), "Hải Phòng",
                List.of(new Pillar("p", new LocalizedText("p", "p"))), List.of(a, b, scenario));
        ReportModel model = new ReportModel(plan, LocalDate.of(2025, 12, 31), Locale.ENGLISH, List.of(
                scored(a, ProgressStatus.TARGET_ACHIEVED, 5), scored(b, ProgressStatus.DETERIORATION, -5),
                scored(scenario, ProgressStatus.DETERIORATION, -5)));

        // then the counts hold the two main targets, the mean is (5 + −5)/2 = 0, the scenario is counted apart
        assertEquals(2, model.mainTargets().size());
        assertEquals(1, model.referenceCount());
        ReportSummary summary = ReportSummary.of(model, PreviousScores.NONE);
        assertEquals(2, summary.counts().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(1, summary.counts().get(ProgressStatus.DETERIORATION));
        assertEquals(List.of("B"), summary.mostBehind().stream().map(t -> t.target().id()).toList());
        assertEquals(0.0, model.means().plan().score(), 1e-12);
        assertEquals(2, summary.pillars().get(0).targets().size());
    }
}
