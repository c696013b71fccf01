package org.planscore.report.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.planscore.plan.Pillar;
import org.planscore.report.ReportModel;
import org.planscore.report.ScoredTarget;
import org.planscore.report.text.ReportTexts;
import org.planscore.scoring.ScoreMeans;
import org.planscore.scoring.Verdict;

/**
 * Page 1: the count of final verdicts, then the mean score of each pillar and of the whole plan, with the
 * aggregation method stated (Open SDG mean of scores, indicator → pillar → plan).
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

    void draw(PageCursor cursor) throws IOException {
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        TextBlock.of(verdictCounts(), type.behindDetail(), width).draw(cursor, x);
        cursor.down(10);
        ScoreMeans.PlanMean means = model.means();
        TextBlock heading = TextBlock.of(texts.text("summary.pillarsHeading"), type.summaryHeading(), width);
        cursor.ensureRoom(heading.height() + 60);
        heading.draw(cursor, x);
        cursor.down(4);
        for (ScoreMeans.PillarMean pillar : means.pillars()) {
            TextBlock.of(line(pillarName(pillar.pillar()), pillar.mean().score(), pillar.mean().status(),
                    pillar.indicators()), type.behindStatus(), width).draw(cursor, x);
            cursor.down(2);
        }
        TextBlock.of(means.plan().score() == null ? texts.format("summary.noScore", "")
                        : texts.format("summary.planLine", texts.number(means.plan().score(), 2),
                        texts.status(means.plan().status())), type.behindName(), width).draw(cursor, x);
        cursor.down(4);
        TextBlock.of(texts.format("summary.pillarsMethod"), type.behindDetail(), width).draw(cursor, x);
    }

    private String line(String name, Double score, org.planscore.scoring.ProgressStatus status, int indicators) {
        if (score == null) {
            return texts.format("summary.noScore", name);
        }
        return texts.format("summary.pillarLine", name, texts.number(score, 2), texts.status(status),
                Integer.toString(indicators));
    }

    private String pillarName(String id) {
        return model.plan().pillars().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(Pillar::name).map(n -> n.in(model.locale())).orElse(texts.text("pillar.other"));
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
