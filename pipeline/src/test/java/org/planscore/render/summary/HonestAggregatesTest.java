package org.planscore.render.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportFixtures;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.LocalizedText;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.Direction;
import org.planscore.scoring.IndicatorAggregate;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;

/** A pillar or plan resting on few figures says so; counts are of main targets and reference targets are told apart. */
class HonestAggregatesTest {

    private final ReportTexts vi = ReportTexts.forLocale(Locale.forLanguageTag("vi-VN"));
    private final ReportTexts en = ReportTexts.forLocale(Locale.ENGLISH);

    @Test
    void aPillarWithOneOfTenTargetsScoredSaysTooFewFiguresBesideItsMeanAndClaimsNoStatus() {
        // given a seaport pillar with 10 targets, one of them achieved (+5), nine without a figure
        PillarLine line = pillar(1, 10, 0.5);

        // then its mean is still +5, but it rests on too few targets to claim "target achieved"
        assertEquals(5.0, line.meanScore(), 1e-9);
        assertTrue(line.tooFewFigures());
        assertEquals(ProgressStatus.NOT_AVAILABLE, line.shownStatus(), "grey, not green");
        assertEquals("Quá ít số liệu: 1/10 chỉ tiêu có số liệu · điểm bình quân +5",
                new SummaryTexts(vi).pillarDetail(line));
        assertEquals("Too few figures: 1 of 10 targets with data · mean score +5",
                new SummaryTexts(en).pillarDetail(line));
        assertEquals("Quá ít số liệu", new SummaryTexts(vi).pillarStatus(line));
    }

    @Test
    void atTheConfiguredCoverageTheMeansStatusStands() {
        // half of the targets scored, at the default minimum of one half: the status is claimed
        PillarLine half = pillar(5, 10, 0.5);
        assertFalse(half.tooFewFigures());
        assertEquals(ProgressStatus.TARGET_ACHIEVED, half.shownStatus());
        // a lower configured minimum accepts one of ten
        assertFalse(pillar(1, 10, 0.1).tooFewFigures());
        // a pillar with no score at all has nothing to qualify
        assertFalse(pillar(0, 10, 0.5).tooFewFigures());
    }

    @Test
    void theConfiguredCoverageReachesThePillarLinesThroughTheModel() {
        ReportModel fixtures = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
        // seaport: 1 of 2 targets scored (the urbanisation rate has no figure)
        ReportModel strict = new ReportModel(fixtures.plan(), fixtures.asOf(), fixtures.locale(), fixtures.targets(),
                new org.planscore.assessment.ReportOptions(0.75));

        List<PillarLine> lines = PillarLine.of(strict, vi);

        assertEquals(List.of(false, true, false), lines.stream().map(PillarLine::tooFewFigures).toList());
        assertEquals(List.of(false, false, false),
                PillarLine.of(fixtures, vi).stream().map(PillarLine::tooFewFigures).toList());
    }

    @Test
    void countsAreOfMainTargetsAndTheReferenceTargetsAreCountedApart() {
        // given the six fixture targets, two of them only for reference
        ReportModel model = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
        Set<String> reference = Set.of("GRDP_GROWTH_2024", "POOR_HH_2025");
        PlanReading reading = new PlanReading(t -> !reference.contains(t.id()), List.of());

        // when the summary is made
        ReportSummary summary = ReportSummary.of(model, PreviousScores.NONE, reading);

        // then the counts are of the four main targets, and the reference ones are neither counted nor ranked
        assertEquals(4, summary.countedTargets());
        assertEquals(0, summary.counts().get(ProgressStatus.TARGET_ACHIEVED));
        assertEquals(0, summary.counts().get(ProgressStatus.DETERIORATION));
        assertEquals(2, summary.referenceTargets());
        assertFalse(summary.mostBehind().stream().anyMatch(t -> reference.contains(t.target().id())));
        assertEquals("Also shown for reference: 2 targets (scenarios, superseded versions, the other perimeter), "
                + "not counted above.", new SummaryTexts(en).referenceTargets(summary.referenceTargets()));
    }

    @Test
    void todaysCatalogueHasOnlyMainTargetsSoNoReferenceSentence() {
        ReportModel model = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
        ReportSummary summary = ReportSummary.of(model, PreviousScores.NONE);

        assertEquals(model.targets().size(), summary.countedTargets());
        assertEquals(0, summary.referenceTargets());
        assertNull(new SummaryTexts(vi).referenceTargets(summary.referenceTargets()));
    }

    /** A pillar of {@code total} targets of which the first {@code scored} are achieved (+5), the rest without data. */
    private static PillarLine pillar(int scored, int total, double minCoverage) {
        List<ScoredTarget> targets = new ArrayList<>();
        List<ProgressResult> results = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            PlanTarget target = new PlanTarget("T" + i, "IND" + i, new LocalizedText("Chỉ tiêu " + i, null), "port",
                    TargetType.LEVEL, 2020, 2025, 10.0, null, Direction.INCREASE, "%", null, "Hải Phòng", "test",
                    null);
            ProgressResult result = i < scored
                    ? new ProgressResult(2020, 5.0, 2024, 10.0, 1.0, ProgressStatus.TARGET_ACHIEVED, 5.0)
                    : new ProgressResult(null, null, null, null, null, ProgressStatus.NOT_AVAILABLE, null);
            targets.add(new ScoredTarget(target, List.of(), result));
            results.add(result);
        }
        return new PillarLine("port", "Cảng biển", targets, IndicatorAggregate.of(results), minCoverage);
    }
}
