package org.planscore.report.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.planscore.report.ScoredTarget;
import org.planscore.report.text.ReportTexts;
import org.planscore.report.text.TargetFacts;
import org.planscore.scoring.ProgressStatus;

/**
 * How many targets are in each status: a proportion bar for the overall picture, then one row per status
 * with the count in a chip of the status colour. Every status is listed, zeros too, so editions compare.
 */
final class StatusCountsBlock {

    private static final float BAR_HEIGHT = 14f;
    private static final float CHIP_WIDTH = 44f;
    private static final float CHIP_HEIGHT = 26f;
    private static final float ROW_HEIGHT = 32f;

    private final List<ScoredTarget> targets;
    private final ReportTexts texts;
    private final Typography type;

    StatusCountsBlock(List<ScoredTarget> targets, ReportTexts texts, Typography type) {
        this.targets = targets;
        this.texts = texts;
        this.type = type;
    }

    void draw(PageCursor cursor) throws IOException {
        Map<ProgressStatus, Integer> counts = counts();
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        TextBlock heading = TextBlock.of(texts.format("summary.countsHeading", Integer.toString(targets.size())),
                type.summaryHeading(), width);
        cursor.ensureRoom(heading.height() + BAR_HEIGHT + 12 + ROW_HEIGHT * counts.size());
        heading.draw(cursor, x);
        cursor.down(4);
        drawProportionBar(cursor, counts, x, width);
        cursor.down(BAR_HEIGHT + 12);
        for (Map.Entry<ProgressStatus, Integer> entry : counts.entrySet()) {
            drawRow(cursor, entry.getKey(), entry.getValue(), x, width);
            cursor.down(ROW_HEIGHT);
        }
    }

    private Map<ProgressStatus, Integer> counts() {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus status : ProgressStatus.values()) {
            counts.put(status, 0);
        }
        for (ScoredTarget target : targets) {
            counts.merge(TargetFacts.of(target).status(), 1, Integer::sum);
        }
        return counts;
    }

    private void drawProportionBar(PageCursor cursor, Map<ProgressStatus, Integer> counts, float x, float width)
            throws IOException {
        if (targets.isEmpty()) {
            return;
        }
        float left = x;
        for (Map.Entry<ProgressStatus, Integer> entry : counts.entrySet()) {
            float segment = width * entry.getValue() / targets.size();
            if (segment > 0) {
                Shapes.box(cursor.stream(), ReportColors.of(entry.getKey()), left, cursor.y(), segment, BAR_HEIGHT);
                left += segment;
            }
        }
    }

    private void drawRow(PageCursor cursor, ProgressStatus status, int count, float x, float width)
            throws IOException {
        float top = cursor.y();
        Shapes.box(cursor.stream(), ReportColors.of(status), x, top, CHIP_WIDTH, CHIP_HEIGHT);
        TextStyle number = type.countNumber().withColor(ReportColors.onStatus(status));
        String digits = Integer.toString(count);
        float numberWidth = TextWrapper.width(digits, number.font(), number.size());
        float baseline = top - CHIP_HEIGHT / 2 - number.size() * 0.35f;
        TextBlock.showLine(cursor.stream(), number, x + (CHIP_WIDTH - numberWidth) / 2, baseline, digits);
        String label = PrintableText.of(texts.status(status), type.countLabel().font());
        TextBlock.showLine(cursor.stream(), type.countLabel(), x + CHIP_WIDTH + 12, baseline, label);
    }
}
