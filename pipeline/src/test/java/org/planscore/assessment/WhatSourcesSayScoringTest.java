package org.planscore.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planscore.plan.LocalizedText;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetRole;
import org.planscore.plan.TargetType;
import org.planscore.scoring.Direction;
import org.planscore.scoring.EventDate;
import org.planscore.scoring.Milestone;
import org.planscore.scoring.ProgressStatus;
import org.planscore.scoring.ValueBound;
import org.planscore.scoring.Verdict;

/**
 * The scorer takes figures as the sources state them (issue 14): a bound decides only where it settles the target, a
 * part-period total never decides a full-year target, a definition break is not read as movement, an average over
 * a period names the years it lacks, milestones follow event dates, tracked indicators get no status.
 * Figures are those of facts.csv.
 */
class WhatSourcesSayScoringTest {

    private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    private static final String GSO = "Cục Thống kê";
    private static final String DEPT = "Sở Du lịch";

    private static PlanTarget target(String indicator, TargetType type, int base, int year, Double value,
                                     String area, Direction direction, String unit, String due, TargetRole role) {
        return new PlanTarget("T", indicator, new LocalizedText("t", "t"), "p", type, base, year, value, null,
                direction, unit, null, area, "src", null, null, null, null,
                due == null ? null : org.planscore.scoring.Deadline.parse(due), null, null, role);
    }

    private static PlanTarget level(String indicator, TargetType type, int base, int year, double value) {
        return target(indicator, type, base, year, value, Figures.FORMER, Direction.INCREASE, "u", null,
                TargetRole.MAIN);
    }

    @Test
    void aLowerBoundBelowTheTargetLeavesTheVerdictOpen() {
        // given IIP 2023 "tăng hơn 13%" against the 2023 plan's 15 %
        Figures f = new Figures().add("IIP_GROWTH", Figures.FORMER, 2022, 14.56)
                .add("IIP_GROWTH", Figures.FORMER, 2023, 13, ValueBound.LOWER, null, null);
        // when scored at the end of 2023
        ScoredTarget s = TargetScorer.score(level("IIP_GROWTH", TargetType.ANNUAL_GROWTH, 2022, 2023, 15),
                f::of, List.of(), END_2023);
        // then no final figure: the bound does not say whether 15 was reached
        assertEquals(Verdict.NO_FINAL_FIGURE, s.assessment().verdictValue());
        assertEquals(ValueBound.LOWER, s.assessment().boundedFigure().bound());
        assertTrue(s.assessment().explanations().contains(TargetScorer.BOUND_ONLY));
        // and against a target of 13 the same bound settles it
        ScoredTarget met = TargetScorer.score(level("IIP_GROWTH", TargetType.ANNUAL_GROWTH, 2022, 2023, 13),
                f::of, List.of(), END_2023);
        assertEquals(Verdict.ACHIEVED, met.assessment().verdictValue());
        assertEquals(13.0, met.assessment().verdict().decidingValue());
    }

    @Test
    void aPartYearTotalNeverDecidesAFullYearTarget() {
        // given public investment disbursed 32,500 bn VND "to 11/12/2025" against a full-year target of 30,000
        Figures f = new Figures().add("PUBLIC_INVEST_DISBURSED", Figures.MERGED, 2025, 32500, null,
                LocalDate.of(2025, 12, 11), null);
        PlanTarget t = target("PUBLIC_INVEST_DISBURSED", TargetType.LEVEL, 2024, 2025, 30000.0, Figures.MERGED,
                Direction.INCREASE, "u", null, TargetRole.MAIN);
        ScoredTarget s = TargetScorer.score(t, f::of, List.of(), END_2025);
        // then it is not the year's figure, though it exceeds the target
        assertEquals(Verdict.NO_FINAL_FIGURE, s.assessment().verdictValue());
        assertTrue(s.series().isEmpty());
        assertTrue(s.assessment().explanations().contains(TargetScorer.PARTIAL_PERIOD));
        // before the date it runs to, it is not even known
        ScoredTarget early = TargetScorer.score(t, f::of, List.of(), LocalDate.of(2025, 12, 1));
        assertTrue(!early.assessment().explanations().contains(TargetScorer.PARTIAL_PERIOD));
    }

    @Test
    void aDefinitionBreakIsNotReadAsDeterioration() {
        // given tourists 2019 9.1 mn (tourism department) and 2022 "hơn 7 triệu" (Statistics Office definition)
        Figures f = new Figures().add("TOURISTS", Figures.FORMER, 2019, 9.1, null, null, DEPT)
                .add("TOURISTS", Figures.FORMER, 2022, 7.0, null, null, GSO);
        ScoredTarget s = TargetScorer.score(level("TOURISTS", TargetType.LEVEL, 2019, 2024, 9.5), f::of, List.of(),
                END_2023);
        // then the fall is a change of definition: no status, no score, and the break is named
        assertEquals(ProgressStatus.NOT_AVAILABLE, s.result().status());
        assertNull(s.result().score());
        assertNotNull(s.assessment().definitionBreak());
        assertEquals(DEPT, s.assessment().definitionBreak().baseDefinition());
        assertEquals(GSO, s.assessment().definitionBreak().latestDefinition());
        assertTrue(s.assessment().explanations().contains(TargetScorer.DEFINITION_BREAK));

        // with one definition throughout, the same fall is deterioration
        Figures same = new Figures().add("TOURISTS", Figures.FORMER, 2019, 9.1, null, null, GSO)
                .add("TOURISTS", Figures.FORMER, 2022, 7.0, null, null, GSO);
        ScoredTarget fall = TargetScorer.score(level("TOURISTS", TargetType.LEVEL, 2019, 2024, 9.5), same::of,
                List.of(), END_2023);
        assertEquals(ProgressStatus.DETERIORATION, fall.result().status());
        assertNull(fall.assessment().definitionBreak());
    }

    @Test
    void anAverageOverAPeriodNamesTheYearsItLacks() {
        // given NQ45's 13 % over 2018–2025: rates for 2019–2024 only (no 2018, the 2025 rate is the merged city's)
        Figures f = new Figures().add("GRDP_GROWTH", Figures.FORMER, 2019, 16.68)
                .add("GRDP_GROWTH", Figures.FORMER, 2020, 11.22).add("GRDP_GROWTH", Figures.FORMER, 2021, 12.38)
                .add("GRDP_GROWTH", Figures.FORMER, 2022, 12.32).add("GRDP_GROWTH", Figures.FORMER, 2023, 10.34)
                .add("GRDP_GROWTH", Figures.FORMER, 2024, 11.01).add("GRDP_GROWTH", Figures.MERGED, 2025, 11.81);
        PlanTarget nq45 = level("GRDP_GROWTH", TargetType.GROWTH_AVG, 2017, 2025, 13);
        ScoredTarget s = TargetScorer.score(nq45, f::of, List.of(), END_2025);
        assertEquals(Verdict.NO_FINAL_FIGURE, s.assessment().verdictValue());
        assertEquals(List.of(2018, 2025), s.assessment().missingYears());
        assertTrue(s.assessment().explanations().contains(TargetScorer.MISSING_YEARS));
        // mid-2025 only the years already over count as missing
        ScoredTarget mid = TargetScorer.score(nq45, f::of, List.of(), LocalDate.of(2025, 6, 30));
        assertEquals(List.of(2018), mid.assessment().missingYears());
    }

    @Test
    void milestonesFollowTheirEventDates() {
        // given Lạch Huyện berths 3–4 inaugurated 13/5/2025 (stored as the number 20250513)
        Figures f = new Figures().add("BERTHS_3_4", Figures.FORMER, 2025, EventDate.encode("2025-05-13"));
        PlanTarget due2024 = target("BERTHS_3_4", TargetType.MILESTONE, 2020, 2024, null, Figures.FORMER,
                Direction.INCREASE, EventDate.UNIT, "2024", TargetRole.MAIN);
        ScoredTarget late = TargetScorer.score(due2024, f::of, List.of(), END_2025);
        Milestone m = late.assessment().milestone();
        // then: done after the target year is done late, by the gap from the due date
        assertEquals(Milestone.State.DONE_LATE, m.state());
        assertEquals(LocalDate.of(2025, 5, 13), m.doneOn());
        assertEquals(LocalDate.of(2024, 12, 31), m.due());
        // against the revised deadline of April 2025 it is late by 13 days
        PlanTarget revised = target("BERTHS_3_4", TargetType.MILESTONE, 2020, 2025, null, Figures.FORMER,
                Direction.INCREASE, EventDate.UNIT, "2025-04", TargetRole.REFERENCE);
        assertEquals(13, TargetScorer.score(revised, f::of, List.of(), END_2025).assessment().milestone().daysLate());
        // and at the end of 2024 it was overdue, not done
        assertEquals(Milestone.State.OVERDUE, TargetScorer.score(due2024, f::of, List.of(),
                LocalDate.of(2024, 12, 31).plusDays(1)).assessment().milestone().state());
    }

    @Test
    void aTrackedIndicatorShowsItsFiguresWithoutAStatus() {
        // given the PCI ranks 7 (2020) … 1 (2024) and no target
        Figures f = new Figures().add("PCI_RANK", Figures.FORMER, 2020, 7).add("PCI_RANK", Figures.FORMER, 2024, 1);
        PlanTarget pci = target("PCI_RANK", TargetType.LEVEL, 2020, 2025, null, Figures.FORMER, Direction.DECREASE,
                "rank/63", null, TargetRole.TRACKED);
        ScoredTarget s = TargetScorer.score(pci, f::of, List.of(), END_2025);
        assertEquals(ProgressStatus.NOT_AVAILABLE, s.result().status());
        assertNull(s.result().score());
        assertEquals(7.0, s.result().baseValue());
        assertEquals(1.0, s.result().currentValue());
        assertEquals(Verdict.IN_PROGRESS, s.assessment().verdictValue());
        assertEquals(List.of(TargetScorer.TRACKED), s.assessment().explanations());
        assertEquals(2, s.series().size());
    }
}
