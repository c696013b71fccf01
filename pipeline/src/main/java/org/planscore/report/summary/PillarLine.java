package org.planscore.report.summary;

import java.util.ArrayList;
import java.util.List;

import org.planscore.plan.Pillar;
import org.planscore.report.ReportModel;
import org.planscore.report.ScoredTarget;
import org.planscore.report.text.ReportTexts;
import org.planscore.scoring.IndicatorAggregate;
import org.planscore.scoring.ProgressStatus;

/**
 * One pillar as page 1 and the email show it: its targets, how many have data, and the mean of their scores with the
 * status that mean gives (the SCORING.md §1 rule for several series, {@link IndicatorAggregate}).
 *
 * <p>This is the one place the pillar aggregate is computed; when the plan model supplies an official one, swap it
 * in here and every renderer follows.
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

    public int scored() {
        return aggregate.scoredSeries();
    }

    public Double meanScore() {
        return aggregate.score();
    }

    public ProgressStatus status() {
        return aggregate.status();
    }

    /** The plan's pillars in plan order (those without targets left out), then "other" for unplaced targets. */
    public static List<PillarLine> of(ReportModel model, ReportTexts texts) {
        List<PillarLine> lines = new ArrayList<>();
        List<ScoredTarget> unplaced = new ArrayList<>(model.targets());
        for (Pillar pillar : model.plan().pillars()) {
            List<ScoredTarget> inPillar = model.targets().stream()
                    .filter(t -> pillar.id().equals(t.target().pillar())).toList();
            unplaced.removeAll(inPillar);
            if (!inPillar.isEmpty()) {
                lines.add(line(pillar.id(), pillar.name().in(model.locale()), inPillar));
            }
        }
        if (!unplaced.isEmpty()) {
            lines.add(line(null, texts.text("pillar.other"), unplaced));
        }
        return lines;
    }

    private static PillarLine line(String id, String name, List<ScoredTarget> targets) {
        return new PillarLine(id, name, targets,
                IndicatorAggregate.of(targets.stream().map(ScoredTarget::result).filter(r -> r != null).toList()));
    }
}
