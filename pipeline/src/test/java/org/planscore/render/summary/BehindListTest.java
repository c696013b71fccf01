package org.planscore.render.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.planscore.assessment.Assessment;
import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.LocalizedText;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetSentences;
import org.planscore.scoring.Direction;
import org.planscore.scoring.FinalVerdict;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;
import org.planscore.scoring.Verdict;

/** The most-behind list as of the end of 2025, on hand-built targets, one per rule. */
class BehindListTest {

    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

    // a 2023 yearly-plan target, missed: a past year's miss, not "behind" any more
    private final ScoredTarget budget2023 = target("BUDGET_2023", "Thu ngân sách năm 2023", 2023, 2023, -5.0,
            ProgressStatus.DETERIORATION, Verdict.NOT_ACHIEVED);
    private final ScoredTarget growth2022 = target("GROWTH_2022", "Tăng trưởng GRDP năm 2022", 2022, 2022, -1.0,
            ProgressStatus.LIMITED_PROGRESS, Verdict.NOT_ACHIEVED);
    // due in 2025 but its latest figure is of 2023: "needs +59 %/yr" would be read as today's
    private final ScoredTarget tourists2025 = target("TOURISTS_2025", "Tổng lượt khách du lịch năm 2025", 2025, 2023,
            -5.0, ProgressStatus.DETERIORATION, Verdict.IN_PROGRESS);
    private final ScoredTarget exports2025 = target("EXPORTS_2025", "Kim ngạch xuất khẩu năm 2025", 2025, 2024, -2.0,
            ProgressStatus.DETERIORATION, Verdict.IN_PROGRESS);
    // due this year and decided: missed this year, so listed
    private final ScoredTarget iip2025 = target("IIP_2025", "Tăng chỉ số sản xuất công nghiệp năm 2025", 2025, 2025,
            1.0, ProgressStatus.MODERATE_PROGRESS, Verdict.NOT_ACHIEVED);
    private final ScoredTarget port2030 = target("PORT_2030", "Hàng hóa qua cảng năm 2030", 2030, 2025, 3.0,
            ProgressStatus.SUBSTANTIAL_PROGRESS, Verdict.IN_PROGRESS);
    private final ScoredTarget revenue2025 = target("REVENUE_2025", "Thu ngân sách năm 2025", 2025, 2025, 5.0,
            ProgressStatus.TARGET_ACHIEVED, Verdict.ACHIEVED);
    // a 2024 target without a deciding figure: neither behind nor missed
    private final ScoredTarget housing2024 = target("HOUSING_2024", "Nhà ở xã hội năm 2024", 2024, 2023, -4.0,
            ProgressStatus.DETERIORATION, Verdict.NO_FINAL_FIGURE);

    private final List<ScoredTarget> all = List.of(budget2023, growth2022, tourists2025, exports2025, iip2025,
            port2030, revenue2025, housing2024);

    @Test
    void theListHoldsTargetsStillOpenOrDueThisYearWithARecentFigureThisYearsMissesFirst() {
        BehindList behind = BehindList.of(all, END_OF_2025, 5);

        // IIP 2025 is decided as missed (score +1); then the open ones, lowest score first
        assertEquals(List.of("IIP_2025", "EXPORTS_2025", "PORT_2030"), ids(behind.ranked()));
        // a decided miss is shown as missed, not in its progress status's colour or words
        assertEquals(ProgressStatus.DETERIORATION, BehindList.shownStatus(iip2025));
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, BehindList.shownStatus(port2030));
        String line = new SummaryTexts(ReportTexts.forLocale(Locale.forLanguageTag("vi-VN"))).behindStatus(iip2025);
        assertEquals("Không đạt · Năm mục tiêu 2025: đạt 60 % mục tiêu", line, "no rate still needed once decided");
        // and its figure is the one that decided it (60 of 100 bn VND in 2025)
        assertEquals("Kết quả: 60 tỷ đồng (2025) · Mục tiêu: 100 tỷ đồng (2025)",
                new TargetSentences(ReportTexts.forLocale(Locale.forLanguageTag("vi-VN"))).latestVersusTarget(iip2025));
    }

    @Test
    void pastYearsMissesAreSummarisedOnTheirOwnLineByYear() {
        BehindList behind = BehindList.of(all, END_OF_2025, 5);
        SummaryTexts vi = new SummaryTexts(ReportTexts.forLocale(Locale.forLanguageTag("vi-VN")));
        SummaryTexts en = new SummaryTexts(ReportTexts.forLocale(Locale.ENGLISH));

        assertEquals(List.of("GROWTH_2022", "BUDGET_2023"), ids(behind.earlierMisses()));
        assertEquals("Các năm trước: 2 chỉ tiêu không đạt (2022: Tăng trưởng GRDP năm 2022 · "
                + "2023: Thu ngân sách năm 2023).", vi.earlierMisses(behind, true));
        // page 1 counts them by year
        assertEquals("Earlier years: 2 targets missed (2022: 1 · 2023: 1).", en.earlierMisses(behind, false));
    }

    @Test
    void anOpenTargetWhoseLatestFigureIsOlderThanLastYearIsNamedAsStaleNotRanked() {
        BehindList behind = BehindList.of(all, END_OF_2025, 5);
        SummaryTexts vi = new SummaryTexts(ReportTexts.forLocale(Locale.forLanguageTag("vi-VN")));

        assertEquals(List.of("TOURISTS_2025"), ids(behind.stale()));
        // named by its indicator: TOURISTS has no entry in i18n/indicators, so by the target's name
        assertEquals("Chưa xếp hạng vì số liệu mới nhất đã cũ: 1 chỉ tiêu (Tổng lượt khách du lịch năm 2025: "
                + "số liệu năm 2023).", vi.staleFigures(behind));
    }

    @Test
    void aYearEarlierTheSameTargetsAreStillOpenAndRanked() {
        // as of the end of 2023 the 2023 budget target is due this year and the 2023 tourist figure is fresh
        List<ScoredTarget> known2023 = new ArrayList<>(List.of(budget2023, tourists2025));
        BehindList behind = BehindList.of(known2023, LocalDate.of(2023, 12, 31), 5);

        assertEquals(List.of("BUDGET_2023", "TOURISTS_2025"), ids(behind.ranked()));
        assertEquals(List.of(), behind.earlierMisses());
        assertEquals(List.of(), behind.stale());
        assertNull(new SummaryTexts(ReportTexts.forLocale(Locale.ENGLISH)).earlierMisses(behind, true));
    }

    @Test
    void theLimitCutsTheRankedListOnly() {
        BehindList behind = BehindList.of(all, END_OF_2025, 1);

        assertEquals(List.of("IIP_2025"), ids(behind.ranked()));
        assertEquals(2, behind.earlierMisses().size());
    }

    private static List<String> ids(List<ScoredTarget> targets) {
        return targets.stream().map(t -> t.target().id()).toList();
    }

    private static ScoredTarget target(String id, String name, int targetYear, int latestYear, Double score,
                                       ProgressStatus status, Verdict verdict) {
        PlanTarget target = new PlanTarget(id, id.replaceAll("_\\d+$", ""), new LocalizedText(name, null),
                "economy", TargetType.LEVEL, 2020, targetYear, 100.0, null, Direction.INCREASE, "bn VND", null,
                "Hải Phòng", "test", null);
        List<ObservationPoint> series = List.of(new ObservationPoint(2020, 50.0, "official", "test"),
                new ObservationPoint(latestYear, 60.0, "official", "test"));
        ProgressResult result = new ProgressResult(2020, 50.0, latestYear, 60.0, null, status, score);
        FinalVerdict decided = verdict.isFinal() ? new FinalVerdict(verdict, latestYear, 60.0)
                : new FinalVerdict(verdict, verdict == Verdict.NO_FINAL_FIGURE ? targetYear : null, null);
        Assessment assessment = new Assessment(decided, null, null, null, null, null, null, "Hải Phòng", List.of());
        return new ScoredTarget(target, series, result, assessment);
    }
}
