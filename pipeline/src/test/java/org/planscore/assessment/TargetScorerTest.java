package org.planscore.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planscore.plan.LocalizedText;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.scoring.Direction;
import org.planscore.scoring.ForwardClass;
import org.planscore.scoring.Milestone;
import org.planscore.scoring.ProgressStatus;
import org.planscore.scoring.Verdict;

class TargetScorerTest {

    private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    private final Figures figures = new Figures()
            .add("GRDP_GROWTH", Figures.FORMER, 2021, 12.38)
            .add("GRDP_GROWTH", Figures.FORMER, 2022, 12.32)
            .add("GRDP_GROWTH", Figures.FORMER, 2023, 10.34)
            .add("GRDP_GROWTH", Figures.FORMER, 2024, 11.01)
            .add("GRDP_GROWTH", Figures.MERGED, 2025, 11.81)
            .add("GRDP_GROWTH_AVG_2021_2025", Figures.FORMER, 2025, 11.39)
            .add("BUDGET", Figures.FORMER, 2020, 84199.2)
            .add("BUDGET", Figures.FORMER, 2024, 118300)
            .add("BUDGET", Figures.MERGED, 2025, 187766)
            .add("FDI_H1", Figures.MERGED, 2025, 1.3)
            .add("HOUSING_CUM", Figures.MERGED, 2024, 5861)
            .add("BERTHS", Figures.FORMER, 2025, 6, org.planscore.store.Vintage.ESTIMATE, LocalDate.of(2025, 7, 24));

    private ScoredTarget score(PlanTarget target, LocalDate asOf, String... partYear) {
        return TargetScorer.score(target, figures::of, List.of(partYear), asOf);
    }

    private static PlanTarget target(String indicator, TargetType type, int base, int year, Double value,
                                     String area, String periodIndicator) {
        return new PlanTarget("T", indicator, new LocalizedText("t", "t"), "p", type, base, year, value, null,
                type == TargetType.CEILING ? Direction.DECREASE : Direction.INCREASE, "u", null, area, "src", null,
                null, periodIndicator, null, null, null, null);
    }

    @Test
    void averageGrowthOfTheFormerCityIsNotAchievedOnItsReportedAverage() {
        PlanTarget nq45 = target("GRDP_GROWTH", TargetType.GROWTH_AVG, 2020, 2025, 13.0, Figures.FORMER,
                "GRDP_GROWTH_AVG_2021_2025");
        ScoredTarget s = score(nq45, END_2025);
        // The merged city's 2025 rate is not chained: the index stops in 2024 (154.61), average 11.51 %/yr.
        assertEquals(2024, s.assessment().growth().lastChainedYear());
        assertEquals(11.509097587826144, s.assessment().growth().achievedAverage(), 1e-9);
        assertEquals(Verdict.NOT_ACHIEVED, s.assessment().verdictValue());
        assertEquals(11.39, s.assessment().verdict().decidingValue());
        // As of 2023 the term is open: index 139.2769 at 2023 vs 184.2435 target in 2025 → forward view.
        ScoredTarget early = score(nq45, END_2023);
        assertEquals(Verdict.IN_PROGRESS, early.assessment().verdictValue());
        assertEquals(ForwardClass.ACCELERATION_NEEDED, early.assessment().forward().forwardClass());
        // required: (184.2435179/139.2769033)^(1/2) − 1 = 15.017 %
        assertEquals(15.0165, early.assessment().requiredRatePercent(), 1e-3);
    }

    @Test
    void aMergedCityYearlyTargetIsJudgedOnTheMergedFigure() {
        PlanTarget grdp = target("GRDP_GROWTH", TargetType.ANNUAL_GROWTH, 2024, 2025, 12.35, Figures.MERGED, null);
        ScoredTarget s = score(grdp, END_2025);
        assertEquals(Verdict.NOT_ACHIEVED, s.assessment().verdictValue());
        assertEquals(11.81, s.assessment().verdict().decidingValue());
        assertEquals(Figures.MERGED, s.assessment().perimeter());
    }

    @Test
    void aFormerCityLevelIsNeverJudgedOnMergedFigures() {
        PlanTarget pre = target("BUDGET", TargetType.LEVEL, 2024, 2025, 118000.0, Figures.FORMER, null);
        ScoredTarget s = score(pre, END_2025);
        assertEquals(Verdict.NO_FINAL_FIGURE, s.assessment().verdictValue());
        PlanTarget merged = target("BUDGET", TargetType.LEVEL, 2024, 2025, 165011.0, Figures.MERGED, null);
        ScoredTarget m = score(merged, END_2025);
        assertEquals(Verdict.ACHIEVED, m.assessment().verdictValue());
        // 187,766 of 165,011 = 113.79 % of the year's plan; no 2024 figure on the merged perimeter
        assertEquals(113.79, m.assessment().execution().percentOfPlan(), 0.01);
        assertNull(m.assessment().execution().changeVsLastYear());
        assertTrue(m.assessment().explanations().contains(TargetScorer.NO_BASE));
    }

    @Test
    void aYearlyPlanIsScoredOnItsOwnYear() {
        PlanTarget y2023 = target("GRDP_GROWTH", TargetType.ANNUAL_GROWTH, 2022, 2023, 12.7, Figures.FORMER, null);
        ScoredTarget s = score(y2023, END_2025);
        assertEquals(2023, s.result().currentYear());
        assertEquals(Verdict.NOT_ACHIEVED, s.assessment().verdictValue());
        assertEquals(10.34, s.assessment().verdict().decidingValue());
    }

    @Test
    void withoutAFullYearFigureThePartYearShowsThePace() {
        PlanTarget fdi = target("FDI_X", TargetType.LEVEL, 2024, 2025, 5.5, Figures.MERGED, null);
        ScoredTarget s = TargetScorer.score(fdi, code -> code.equals("FDI_X_H1") ? figures.of("FDI_H1") : List.of(),
                List.of("FDI_X_H1"), END_2025);
        assertEquals(Verdict.NO_FINAL_FIGURE, s.assessment().verdictValue());
        assertEquals(6, s.assessment().execution().months());
        assertEquals(23.636363636363637, s.assessment().execution().percentOfPlan(), 1e-9);
        assertTrue(s.assessment().explanations().contains(TargetScorer.PART_YEAR_ONLY));
    }

    @Test
    void aPeriodTotalFromARunningTotal() {
        PlanTarget housing = target("HOUSING", TargetType.CUMULATIVE, 2020, 2025, 16555.0, Figures.MERGED,
                "HOUSING_CUM");
        ScoredTarget s = score(housing, END_2025);
        assertEquals(ProgressStatus.LIMITED_PROGRESS, s.result().status());
        assertEquals(7326.25, s.assessment().cumulative().projected(), 1e-9);
        assertEquals(Verdict.NO_FINAL_FIGURE, s.assessment().verdictValue());
    }

    @Test
    void aFormerCityTotalSaysItsOnlyFiguresAreOfTheMergedCity() {
        PlanTarget former = target("HOUSING", TargetType.CUMULATIVE, 2020, 2025, 15400.0, Figures.FORMER,
                "HOUSING_CUM");
        ScoredTarget s = score(former, END_2025);
        assertEquals(ProgressStatus.NOT_AVAILABLE, s.result().status());
        assertTrue(s.assessment().explanations().contains(TargetScorer.NO_DATA_ON_PERIMETER));
    }

    @Test
    void aMilestoneIsDoneOnceItsEvidenceIsPublished() {
        PlanTarget berths = target("BERTHS", TargetType.MILESTONE, 2020, 2025, 6.0, Figures.FORMER, null);
        assertEquals(Milestone.State.DUE, score(berths, END_2023).assessment().milestone().state());
        ScoredTarget done = score(berths, END_2025);
        assertEquals(Milestone.State.DONE, done.assessment().milestone().state());
        assertEquals(LocalDate.of(2025, 7, 24), done.assessment().milestone().doneOn());
        assertEquals(Verdict.ACHIEVED, done.assessment().verdictValue());
        assertNull(done.result().score());
    }

    @Test
    void aTargetWithoutValueSaysItCannotBeJudged() {
        PlanTarget iip = target("IIP", TargetType.ANNUAL_GROWTH, 2024, 2025, null, Figures.MERGED, null);
        ScoredTarget s = score(iip, END_2025);
        assertEquals(Verdict.NO_FINAL_FIGURE, s.assessment().verdictValue());
        assertEquals(List.of(TargetScorer.NO_TARGET_VALUE), s.assessment().explanations());
    }
}
