package org.planscore.render.summary;

import java.util.ArrayList;
import java.util.List;

import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ReportOptions;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.Pillar;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.IndicatorAggregate;
import org.planscore.scoring.ProgressStatus;
import org.planscore.scoring.ScoreMeans;

/**
 * One pillar as page 1 and the email show it: its targets and the plan model's pillar mean (Open SDG mean of the
 * indicator scores, {@link ReportModel#means()}); targets whose pillar the plan does not list get the plain mean.
 *
 * @param id         the pillar id, or null for targets whose pillar the plan does not list
 * @param name       the pillar name in the report language
 * @param targets    the pillar's targets in plan order
 * @param aggregate  mean score and its status; NOT_AVAILABLE when no target has a score
 * @param minCoverage the share of its targets that must have a score for the mean's status to be claimed
 */
public record PillarLine(String id, String name, List<ScoredTarget> targets, IndicatorAggregate aggregate,
                         double minCoverage) {

    public PillarLine {
        targets = List.copyOf(targets);
    }

    public PillarLine(String id, String name, List<ScoredTarget> targets, IndicatorAggregate aggregate) {
        this(id, name, targets, aggregate, ReportOptions.DEFAULT_MIN_COVERAGE);
    }

    /**
     * Whether the mean rests on too few of the pillar's targets to claim a status: a mean of 1 of 10 targets says
     * little about the other 9. The mean is still shown, beside the words "too few figures".
     */
    public boolean tooFewFigures() {
        return meanScore() != null && !targets.isEmpty() && (double) scored() / targets.size() < minCoverage;
    }

    /** The status the report shows, and colours: the mean's, or "not available" (grey) when it rests on too few. */
    public ProgressStatus shownStatus() {
        return tooFewFigures() ? ProgressStatus.NOT_AVAILABLE : status();
    }

    /**
     * How many of the pillar's targets have a score. Counted here, not read from the aggregate: the plan model's
     * pillar mean counts indicators, and the reader is told about targets.
     */
    public int scored() {
        return (int) targets.stream().filter(t -> t.result() != null && t.result().score() != null).count();
    }

    public Double meanScore() {
        return aggregate.score();
    }

    public ProgressStatus status() {
        return aggregate.status();
    }

    /** The plan's pillars in plan order (those without targets left out), then "other" for unplaced targets. */
    public static List<PillarLine> of(ReportModel model, ReportTexts texts) {
        ScoreMeans.PlanMean means = model.means();
        List<PillarLine> lines = new ArrayList<>();
        List<ScoredTarget> unplaced = new ArrayList<>(model.mainTargets());
        for (Pillar pillar : model.plan().pillars()) {
            List<ScoredTarget> inPillar = model.mainTargets().stream()
                    .filter(t -> pillar.id().equals(t.target().pillar())).toList();
            unplaced.removeAll(inPillar);
            if (!inPillar.isEmpty()) {
                IndicatorAggregate mean = means.pillars().stream().filter(m -> m.pillar().equals(pillar.id()))
                        .findFirst().map(ScoreMeans.PillarMean::mean).orElseGet(() -> meanOf(inPillar));
                lines.add(new PillarLine(pillar.id(), pillar.name().in(model.locale()), inPillar, mean,
                        model.options().minCoverage()));
            }
        }
        if (!unplaced.isEmpty()) {
            lines.add(new PillarLine(null, texts.text("pillar.other"), unplaced, meanOf(unplaced),
                    model.options().minCoverage()));
        }
        return lines;
    }

    private static IndicatorAggregate meanOf(List<ScoredTarget> targets) {
        return IndicatorAggregate.of(targets.stream().map(ScoredTarget::result).filter(r -> r != null).toList());
    }
}
