package org.planscore.render.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.ScoreMeans;
import org.planscore.scoring.Verdict;

/**
 * Page 1, under the pillar lines: the whole plan's mean score with the aggregation method stated (Open SDG mean of
 * scores, indicator → pillar → plan), and the count of final verdicts.
 */
final class PillarScoresBlock {

    private final ReportModel model;
    private final ReportTexts texts;
    private final Typography type;

    PillarScoresBlock(ReportModel model, ReportTexts texts, Typography type) {
        this.model = model;
        this.texts = texts;
        this.type = type;
    }

    /** Below the pillar lines: the plan's mean, how the means are made, and the count of final verdicts. */
    void draw(PageCursor cursor) throws IOException {
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        ScoreMeans.PlanMean means = model.means();
        TextBlock.of(planLine(means), type.behindName(), width).draw(cursor, x);
        TextBlock.of(texts.format("summary.pillarsMethod"), type.behindDetail(), width).draw(cursor, x);
        TextBlock.of(verdictCounts(), type.behindDetail(), width).draw(cursor, x);
    }

    /** The plan's mean and its status; below the configured coverage, "too few figures" instead of a status. */
    private String planLine(ScoreMeans.PlanMean means) {
        if (means.plan().score() == null) {
            return texts.format("summary.noScore", "");
        }
        int targets = model.targets().size();
        int scored = (int) model.targets().stream()
                .filter(t -> t.result() != null && t.result().score() != null).count();
        if (targets > 0 && (double) scored / targets < model.options().minCoverage()) {
            return texts.format("summary.planLineTooFew", texts.number(means.plan().score(), 2),
                    Integer.toString(scored), Integer.toString(targets));
        }
        return texts.format("summary.planLine", texts.number(means.plan().score(), 2),
                texts.status(means.plan().status()));
    }

    private String verdictCounts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        for (ScoredTarget t : model.targets()) {
            counts.merge(t.assessment().verdictValue(), 1, Integer::sum);
        }
        return texts.format("summary.verdicts", Integer.toString(counts.get(Verdict.ACHIEVED)),
                Integer.toString(counts.get(Verdict.NOT_ACHIEVED)), Integer.toString(counts.get(Verdict.NO_FINAL_FIGURE)),
                Integer.toString(counts.get(Verdict.IN_PROGRESS)));
    }
}
