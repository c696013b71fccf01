package org.planscore.render.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportFixtures;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.ProgressStatus;

class ReportSummaryTest {

    private final ReportModel model = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
    private final ReportTexts texts = ReportTexts.forLocale(model.locale());

    private ScoredTarget target(String id) {
        return model.targets().stream().filter(t -> t.target().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void pillarLineIsTheMeanOfItsTargetScoresWithTheStatusThatMeanGives() {
        List<PillarLine> pillars = PillarLine.of(model, texts);
        assertEquals(List.of("Kinh tế và ngân sách", "Cảng biển và đô thị", "Xã hội và nhà ở"),
                pillars.stream().map(PillarLine::name).toList());
        // economy: 5.0 and 1.2; seaport: -0.8 (the urbanisation rate has no score); social: -3.5 and 3.1
        assertEquals(3.1, pillars.get(0).meanScore(), 1e-9);
        assertEquals(ProgressStatus.SUBSTANTIAL_PROGRESS, pillars.get(0).status());
        assertEquals(-0.8, pillars.get(1).meanScore(), 1e-9);
        assertEquals(1, pillars.get(1).scored());
        assertEquals(2, pillars.get(1).targets().size());
        assertEquals(ProgressStatus.LIMITED_PROGRESS, pillars.get(1).status());
        assertEquals(-0.2, pillars.get(2).meanScore(), 1e-9);
        assertEquals("Chậm tiến độ · điểm bình quân -0,2 · 2/2 chỉ tiêu có số liệu",
                new SummaryTexts(texts).pillarDetail(pillars.get(2)));
    }

    @Test
    void requiredRateIsTheYearlyGrowthFromTheLatestYearToTheTarget() {
        // Port cargo: 186.5 in 2024, 250 by 2025: (250/186.5)^(1/1) - 1.
        TargetOutlook port = TargetOutlook.of(target("PORT_THROUGHPUT_2025"));
        assertEquals((250 / 186.5 - 1) * 100, port.requiredRate(), 1e-9);
        assertEquals((Math.pow(186.5 / 143.0, 1.0 / 4) - 1) * 100, port.achievedRate(), 1e-9);
        assertEquals(186.5 * Math.pow(186.5 / 143.0, 1.0 / 4), port.projectedValue(), 1e-9);
        assertEquals("Cần +34 %/năm đến 2025 (bình quân đã đạt +6,9 %/năm)",
                new SummaryTexts(texts).required(target("PORT_THROUGHPUT_2025")));
        // The poverty rate must fall: the rate needed is negative, and said with its sign.
        assertTrue(TargetOutlook.of(target("POOR_HH_2025")).requiredRate() < 0);
    }

    @Test
    void noRequiredRateWithoutDataOrOnceTheTargetYearIsReached() {
        assertNull(TargetOutlook.of(target("URBAN_RATE_2025")).requiredRate());
        assertNull(TargetOutlook.of(target("GRDP_GROWTH_2024")).requiredRate());
        assertNull(new SummaryTexts(texts).required(target("URBAN_RATE_2025")));
    }

    @Test
    void onceTheTargetYearIsInTheListSaysHowMuchOfTheTargetWasReached() {
        // GRDP growth 2024: 11.01 % against a target of 10 % for 2024.
        assertEquals("Năm mục tiêu 2024: đạt 110 % mục tiêu",
                new SummaryTexts(texts).required(target("GRDP_GROWTH_2024")));
    }

    @Test
    void progressShareIsTheWayFromBaseToTarget() {
        assertEquals((186.5 - 143.0) / (250.0 - 143.0), ProgressShare.of(target("PORT_THROUGHPUT_2025")), 1e-9);
        assertEquals(1.0, ProgressShare.of(target("GRDP_GROWTH_2024")));
        assertNull(ProgressShare.of(target("URBAN_RATE_2025")));
        assertTrue(ProgressShare.of(target("POOR_HH_2025")) < 0, "moved away from the target");
    }

    @Test
    void dataQualityCountsProvisionalFiguresAndTargetsWithoutData() {
        DataQuality quality = DataQuality.of(model.targets());
        assertEquals(23, quality.figures());
        assertEquals(2, quality.provisionalFigures());
        assertEquals(1, quality.targetsNotAssessed());
        assertEquals(1, quality.targetsWithoutData());
        assertEquals(2024, quality.latestYear());
    }

    @Test
    void changesListStatusMovesNewFiguresAndRevisions() {
        PreviousScores previous = new PreviousScores(LocalDate.of(2024, 12, 31), Map.of(
                // was on track, now deteriorating: a fall
                "POOR_HH_2025", new PreviousScores.Previous(ProgressStatus.SUBSTANTIAL_PROGRESS, 3.0, 2024, 0.52),
                // same status, figure for 2024 revised from 180.0 to 186.5
                "PORT_THROUGHPUT_2025", new PreviousScores.Previous(ProgressStatus.LIMITED_PROGRESS, -1.0, 2024, 180.0),
                // a newer figure than last time, and a rise in status
                "BUDGET_REV_2025", new PreviousScores.Previous(ProgressStatus.LIMITED_PROGRESS, -1.0, 2023, 92150.0),
                // unchanged
                "GRDP_GROWTH_2024", new PreviousScores.Previous(ProgressStatus.TARGET_ACHIEVED, 5.0, 2024, 11.01)));
        ReportChanges changes = ReportChanges.of(model, previous);
        assertEquals(List.of("POOR_HH_2025", "BUDGET_REV_2025"),
                changes.statusMoves().stream().map(m -> m.target().target().id()).toList(), "falls first");
        assertFalse(changes.statusMoves().get(0).improved());
        assertEquals(List.of("BUDGET_REV_2025"), changes.newFigures().stream().map(t -> t.target().id()).toList());
        assertEquals(List.of("PORT_THROUGHPUT_2025"), changes.revisions().stream().map(t -> t.target().id()).toList());
        SummaryTexts sentences = new SummaryTexts(texts);
        assertEquals("Thay đổi so với báo cáo ngày 31/12/2024", sentences.changesHeading(changes));
        assertEquals("2 chỉ tiêu đổi đánh giá · 1 chỉ tiêu có số liệu mới · 1 số liệu được điều chỉnh",
                sentences.changesCounts(changes));
        assertEquals("Tỷ lệ hộ nghèo theo chuẩn đa chiều: Đúng tiến độ → Đi ngược mục tiêu",
                sentences.statusMove(changes.statusMoves().get(0)));
    }

    @Test
    void aFirstReportSaysThereIsNothingToCompareWith() {
        ReportChanges changes = ReportChanges.of(model, PreviousScores.NONE);
        assertFalse(changes.hasPrevious());
        assertEquals("Đây là báo cáo đầu tiên: chưa có báo cáo trước để so sánh.",
                new SummaryTexts(texts).changesCounts(changes));
    }

    @Test
    void countsKeepEveryStatusBestFirst() {
        ReportSummary summary = ReportSummary.of(model, PreviousScores.NONE);
        assertEquals(List.of(ProgressStatus.values()), List.copyOf(summary.counts().keySet()));
        assertEquals("POOR_HH_2025", summary.mostBehind().get(0).target().id());
    }

    @Test
    void figureSourcesGroupYearsBySource() {
        String sources = new SummaryTexts(texts).figureSources(target("SOCIAL_HOUSING_2025"));
        assertEquals("Nguồn số liệu: 2021–2023: Cục Thống kê Hải Phòng; "
                + "2024 (ước tính, sơ bộ): UBND thành phố, báo cáo 6 tháng", sources);
        assertNull(new SummaryTexts(texts).figureSources(target("URBAN_RATE_2025")));
    }
}
