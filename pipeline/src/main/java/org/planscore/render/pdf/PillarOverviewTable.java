package org.planscore.render.pdf;

import java.io.IOException;
import java.util.List;

import org.planscore.assessment.ScoredTarget;
import org.planscore.render.summary.ProgressShare;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetFacts;

/**
 * The table that opens a pillar section: one row per target with its status chip, name, a sparkline of the reported
 * series, a progress bar (share of the way from the base value to the target) and the score.
 */
final class PillarOverviewTable {

    private static final float CHIP = 7f;
    private static final float SCORE_WIDTH = 30f;
    private static final float BAR_WIDTH = 90f;
    private static final float PERCENT_WIDTH = 34f;
    private static final float SPARK_WIDTH = 64f;
    private static final float GAP = 8f;
    private static final float MIN_ROW = 16f;
    private static final float BAR_HEIGHT = 6f;

    private final ReportTexts texts;
    private final ExtraTypography extra;

    PillarOverviewTable(ReportTexts texts, ExtraTypography extra) {
        this.texts = texts;
        this.extra = extra;
    }

    private static float nameWidth() {
        return PageGeometry.WIDTH - CHIP - GAP - SPARK_WIDTH - GAP - BAR_WIDTH - PERCENT_WIDTH - GAP - SCORE_WIDTH;
    }

    void draw(PageCursor cursor, List<ScoredTarget> targets) throws IOException {
        float x = PageGeometry.LEFT;
        float nameX = x + CHIP + GAP;
        float sparkX = nameX + nameWidth();
        float barX = sparkX + SPARK_WIDTH + GAP;
        float scoreX = barX + BAR_WIDTH + PERCENT_WIDTH + GAP;
        TextStyle header = extra.tableHeader();
        cursor.ensureRoom(header.leading() + 3 * MIN_ROW);
        float baseline = cursor.y() - header.ascent();
        TextBlock.showLine(cursor.stream(), header, nameX, baseline, PrintableText.of(texts.text("overview.target"), header.font()));
        TextBlock.showLine(cursor.stream(), header, sparkX, baseline, PrintableText.of(texts.text("overview.trend"), header.font()));
        TextBlock.showLine(cursor.stream(), header, barX, baseline, PrintableText.of(texts.text("overview.progress"), header.font()));
        String scoreHeader = PrintableText.of(texts.text("overview.score"), header.font());
        TextBlock.showLine(cursor.stream(), header, scoreX + SCORE_WIDTH
                - TextWrapper.width(scoreHeader, header.font(), header.size()), baseline, scoreHeader);
        cursor.down(header.leading() + 2);
        for (ScoredTarget target : targets) {
            drawRow(cursor, target, x, nameX, sparkX, barX, scoreX);
        }
        cursor.down(10);
    }

    private void drawRow(PageCursor cursor, ScoredTarget target, float x, float nameX, float sparkX, float barX,
                         float scoreX) throws IOException {
        TargetFacts facts = TargetFacts.of(target);
        TextBlock name = TextBlock.of(target.target().name().in(texts.locale()), extra.tableText(), nameWidth() - GAP);
        float height = Math.max(MIN_ROW, name.height() + 4);
        cursor.ensureRoom(height);
        float top = cursor.y();
        Shapes.rule(cursor.stream(), x, top, PageGeometry.WIDTH);
        float middle = top - height / 2;
        Shapes.box(cursor.stream(), ReportColors.of(facts.status()), x, middle + CHIP / 2, CHIP, CHIP);
        Sparkline.draw(cursor.stream(), target.series(), sparkX, middle + 6, SPARK_WIDTH, 12);
        drawBar(cursor, target, facts, barX, middle);
        if (facts.score() != null) {
            String score = texts.number(facts.score(), 1);
            TextStyle style = extra.tableNumber();
            TextBlock.showLine(cursor.stream(), style, scoreX + SCORE_WIDTH
                    - TextWrapper.width(score, style.font(), style.size()), middle - style.size() * 0.35f, score);
        }
        // The name is centred on the row like the chip, sparkline and bar.
        float above = (height - name.height()) / 2;
        cursor.down(above);
        name.draw(cursor, nameX);
        cursor.down(height - above - name.height());
    }

    private void drawBar(PageCursor cursor, ScoredTarget target, TargetFacts facts, float barX, float middle)
            throws IOException {
        Double share = ProgressShare.of(target);
        if (share == null) {
            return;
        }
        float top = middle + BAR_HEIGHT / 2;
        Shapes.box(cursor.stream(), ReportColors.TRACK, barX, top, BAR_WIDTH, BAR_HEIGHT);
        float filled = (float) Math.max(0, Math.min(1, share)) * BAR_WIDTH;
        if (filled > 0) {
            Shapes.box(cursor.stream(), ReportColors.of(facts.status()), barX, top, filled, BAR_HEIGHT);
        }
        TextStyle style = extra.tableText();
        String percent = texts.number(share * 100, 0) + " %";
        TextBlock.showLine(cursor.stream(), style, barX + BAR_WIDTH + 4, middle - style.size() * 0.35f, percent);
    }
}
