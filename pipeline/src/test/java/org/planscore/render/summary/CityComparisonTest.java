package org.planscore.render.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.planscore.assessment.Assessment;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.CityVerdict;
import org.planscore.plan.LocalizedText;
import org.planscore.plan.Pillar;
import org.planscore.plan.Plan;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.Direction;
import org.planscore.scoring.FinalVerdict;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;
import org.planscore.scoring.Verdict;

/** "Our verdicts and the city's" on hand-built 2025 targets, as the catalogue gives them today and with yearly counts. */
class CityComparisonTest {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final ScoredTarget growth = target("GRDP_2025", "Tăng trưởng GRDP năm 2025", CityVerdict.NOT_ACHIEVED,
            Verdict.NOT_ACHIEVED, null);
    private final ScoredTarget exports = target("EXPORTS_2025", "Kim ngạch xuất khẩu năm 2025", CityVerdict.ACHIEVED,
            Verdict.ACHIEVED, null);
    private final ScoredTarget fdi = target("FDI_2025", "Thu hút FDI năm 2025", CityVerdict.NOT_ACHIEVED,
            Verdict.NO_FINAL_FIGURE, new LocalizedText("Số liệu FDI cả năm chưa có trong dữ liệu.", "No full-year FDI."));
    private final ScoredTarget housing = target("HOUSING_2025", "Nhà ở xã hội 2021–2025", CityVerdict.ACHIEVED,
            Verdict.NO_FINAL_FIGURE, null);
    private final ScoredTarget iip = target("IIP_2025", "Tăng chỉ số sản xuất công nghiệp năm 2025", null,
            Verdict.ACHIEVED, null);

    private final ReportModel model = model(List.of(growth, exports, fdi, housing, iip));

    @Test
    void todayThePerTargetCityVerdictsAreComparedWithOursOnTheSameTargets() {
        // given the catalogue's per-target city verdicts and no yearly count
        CityComparison comparison = CityComparison.of(model, PlanReading.of(model.plan()));

        // then 2025: the city judged 4 of our targets (2 met, 2 not); we find 1 achieved, 1 not, 2 undecided
        assertEquals(1, comparison.years().size());
        CityComparison.Year year = comparison.years().get(0);
        assertEquals(2025, year.year());
        assertEquals(4, year.judged());
        assertEquals(2, year.cityMet());
        assertEquals(1, year.ourMet());
        assertEquals(1, year.ourMissed());
        assertEquals(2, year.ourUndecided());
        // and one sentence per difference: the FDI figure is missing (explained), social housing unexplained
        assertEquals(List.of(
                "Năm 2025, trên 4 chỉ tiêu mà thành phố đã đánh giá: thành phố 2 đạt và vượt, 2 chưa đạt; "
                        + "báo cáo này 1 đạt, 1 không đạt, 2 chưa có số liệu kết luận.",
                "Thu hút FDI năm 2025: thành phố đánh giá chưa đạt, báo cáo này: chưa có số liệu kết luận. "
                        + "Số liệu FDI cả năm chưa có trong dữ liệu.",
                "Nhà ở xã hội 2021–2025: thành phố đánh giá đạt/vượt, báo cáo này: chưa có số liệu kết luận. "
                        + "Chưa xác định được lý do khác biệt."),
                new CityComparisonTexts(ReportTexts.forLocale(VI)).lines(year));
    }

    @Test
    void theCitysYearlyCountIsSaidAndItsNamedMissesAreJudgedOrSaidToBeNotHeld() {
        // given the city's 2025 review: 9 of 13 met, naming the IIP target and one we do not hold as missed
        CityYearCount count = new CityYearCount(2025, 9, 13, List.of("IIP_2025", "Thu hút dự án cảng"),
                "Báo cáo KT-XH 2025");
        PlanReading reading = new PlanReading(t -> true, List.of(count));

        CityComparison.Year year = CityComparison.of(model, reading).years().get(0);
        List<String> lines = new CityComparisonTexts(ReportTexts.forLocale(Locale.ENGLISH)).lines(year);

        // then the IIP target joins the judged ones (the city: not met; ours: achieved), the other is not held
        assertEquals(5, year.judged());
        assertEquals(2, year.ourMet());
        assertEquals("2025, the city's own review: 9 of 13 targets met or exceeded (source: Báo cáo KT-XH 2025).",
                lines.get(0));
        assertTrue(lines.contains("Tăng chỉ số sản xuất công nghiệp năm 2025: the city says not achieved, "
                + "this report: achieved. Why they differ is not established."), lines.toString());
        assertEquals("The city names as missed: Thu hút dự án cảng; this report does not hold that target.",
                lines.get(lines.size() - 1));
    }

    @Test
    void referenceTargetsStayOutOfTheComparison() {
        PlanReading reading = new PlanReading(t -> !t.id().equals("FDI_2025"), List.of());

        CityComparison.Year year = CityComparison.of(model, reading).years().get(0);

        assertEquals(3, year.judged());
        assertEquals(1, year.differences().size());
    }

    @Test
    void withoutAnyCityAssessmentThereIsNoSection() {
        assertTrue(CityComparison.of(model(List.of(iip)), PlanReading.of(model.plan())).isEmpty());
    }

    private static ReportModel model(List<ScoredTarget> targets) {
        Plan plan = new Plan("hp", new LocalizedText("Kế hoạch", "Plan"), "Hải Phòng",
                List.of(new Pillar("economy", new LocalizedText("Kinh tế", "Economy"))),
                targets.stream().map(ScoredTarget::target).toList());
        return new ReportModel(plan, LocalDate.of(2025, 12, 31), VI, targets);
    }

    private static ScoredTarget target(String id, String name, CityVerdict city, Verdict ours, LocalizedText note) {
        PlanTarget target = new PlanTarget(id, id, new LocalizedText(name, null), "economy", TargetType.LEVEL, 2020,
                2025, 10.0, null, Direction.INCREASE, "%", null, "Hải Phòng", "test", null, null, null, null, null,
                city, note);
        FinalVerdict verdict = new FinalVerdict(ours, 2025, ours.isFinal() ? 10.0 : null);
        return new ScoredTarget(target, List.of(),
                new ProgressResult(null, null, null, null, null, ProgressStatus.NOT_AVAILABLE, null),
                new Assessment(verdict, null, null, null, null, null, null, "Hải Phòng", List.of()));
    }
}
