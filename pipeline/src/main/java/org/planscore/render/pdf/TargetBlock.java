package org.planscore.render.pdf;

import java.io.IOException;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.planscore.assessment.Assessment;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.chart.TargetChartFactory;
import org.planscore.render.summary.SummaryTexts;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetFacts;
import org.planscore.render.text.TargetSentences;

/**
 * One target on a detail page: name, status in words, a sentence of figures, the outlook (growth achieved, rate
 * needed, UNSD projection), the chart, the target's source and, as a footnote, the source of every figure drawn.
 */
final class TargetBlock {

    static final float CHART_HEIGHT = 200f;
    private static final float CHIP = 10f;
    private static final float SPACE_AFTER = 16f;

    private final ReportTexts texts;
    private final Typography type;
    private final ChartDrawer charts;
    private final TargetChartFactory chartFactory;
    private final TargetSentences sentences;
    private final SummaryTexts summary;
    private final ExtraTypography extra;

    TargetBlock(ReportTexts texts, Typography type, ExtraTypography extra, ChartDrawer charts) {
        this.texts = texts;
        this.type = type;
        this.charts = charts;
        this.chartFactory = new TargetChartFactory(texts);
        this.sentences = new TargetSentences(texts);
        this.summary = new SummaryTexts(texts);
        this.extra = extra;
    }

    /** The laid-out parts, so that measuring and drawing cannot disagree. */
    private record Parts(TextBlock name, TextBlock status, TextBlock sentence, TextBlock outlook,
                         Optional<JFreeChart> chart, TextBlock source, TextBlock figureSources) {
        float height() {
            return name.height() + 4 + status.height() + 2 + sentence.height() + outlook.height()
                    + chart.map(c -> CHART_HEIGHT + 8).orElse(0f) + 4 + source.height() + figureSources.height()
                    + SPACE_AFTER;
        }
    }

    private Parts layout(ScoredTarget scored) {
        float width = PageGeometry.WIDTH;
        String source = scored.target().source();
        return new Parts(
                TextBlock.of(scored.target().name().in(texts.locale()), type.targetName(), width),
                TextBlock.of(texts.status(TargetFacts.of(scored).status()), type.targetStatus(), width - CHIP - 6),
                TextBlock.of(sentences.describe(scored), type.sentence(), width),
                // The plan model's sentences already say this when it assessed the target.
                TextBlock.of(scored.assessment() == Assessment.NONE ? summary.outlook(scored) : null, extra.outlook(),
                        width),
                chartFactory.create(scored),
                TextBlock.of(source == null || source.isBlank() ? null : texts.format("target.source", source),
                        type.source(), width),
                TextBlock.of(summary.figureSources(scored), type.source(), width));
    }

    float height(ScoredTarget scored) {
        return layout(scored).height();
    }

    void draw(PageCursor cursor, ScoredTarget scored) throws IOException {
        Parts parts = layout(scored);
        float x = PageGeometry.LEFT;
        cursor.ensureRoom(parts.height());
        parts.name().draw(cursor, x);
        cursor.down(4);
        float chipTop = cursor.y() - (type.targetStatus().leading() - CHIP) / 2;
        Shapes.box(cursor.stream(), ReportColors.of(TargetFacts.of(scored).status()), x, chipTop, CHIP, CHIP);
        parts.status().draw(cursor, x + CHIP + 6);
        cursor.down(2);
        parts.sentence().draw(cursor, x);
        parts.outlook().draw(cursor, x);
        if (parts.chart().isPresent()) {
            cursor.down(4);
            cursor.ensureRoom(CHART_HEIGHT);
            charts.draw(cursor, parts.chart().get(), x, cursor.y(), PageGeometry.WIDTH, CHART_HEIGHT);
            cursor.down(CHART_HEIGHT + 4);
        }
        cursor.down(4);
        parts.source().draw(cursor, x);
        parts.figureSources().draw(cursor, x);
        cursor.down(SPACE_AFTER / 2);
        Shapes.rule(cursor.stream(), x, cursor.y(), PageGeometry.WIDTH);
        cursor.down(SPACE_AFTER / 2);
    }
}
