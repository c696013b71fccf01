package org.planscore.report.summary;

import java.util.ArrayList;
import java.util.List;

import org.planscore.plan.Pillar;
import org.planscore.report.ReportModel;
import org.planscore.report.ScoredTarget;
import org.planscore.report.text.ReportTexts;
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
 */
public record PillarLine(String id, String name, List<ScoredTarget> targets, IndicatorAggregate aggregate) {

    public PillarLine {
        targets = List.copyOf(targets);
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
                lines.add(new PillarLine(pillar.id(), pillar.name().in(model.locale()), inPillar, mean));
            }
        }
        if (!unplaced.isEmpty()) {
            lines.add(new PillarLine(null, texts.text("pillar.other"), unplaced, meanOf(unplaced)));
        }
        return lines;
    }

    private static IndicatorAggregate meanOf(List<ScoredTarget> targets) {
        return IndicatorAggregate.of(targets.stream().map(ScoredTarget::result).filter(r -> r != null).toList());
    }
}
