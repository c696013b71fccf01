package org.planscore.render.pdf;

import java.io.IOException;
import java.util.Map;

import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.ProgressStatus;

/**
 * How many targets are in each status: a proportion bar for the overall picture, then the counts as chips of the
 * status colour followed by the status word, flowing across the line. Every status is listed, zeros too, so
 * editions compare.
 */
final class StatusCountsBlock {

    private static final float BAR_HEIGHT = 12f;
    private static final float CHIP_WIDTH = 30f;
    private static final float CHIP_HEIGHT = 18f;
    private static final float ROW_HEIGHT = 23f;
    private static final float ITEM_GAP = 14f;

    private final Map<ProgressStatus, Integer> counts;
    private final ReportTexts texts;
    private final Typography type;
    private final ExtraTypography extra;

    StatusCountsBlock(Map<ProgressStatus, Integer> counts, ReportTexts texts, Typography type, ExtraTypography extra) {
        this.counts = counts;
        this.texts = texts;
        this.type = type;
        this.extra = extra;
    }

    void draw(PageCursor cursor) throws IOException {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        TextBlock heading = TextBlock.of(texts.format("summary.countsHeading", Integer.toString(total)),
                type.summaryHeading(), width);
        heading.draw(cursor, x);
        cursor.down(4);
        drawProportionBar(cursor, total, x, width);
        cursor.down(BAR_HEIGHT + 8);
        float left = x;
        for (Map.Entry<ProgressStatus, Integer> entry : counts.entrySet()) {
            String label = PrintableText.of(texts.status(entry.getKey()), extra.chipLabel().font());
            float itemWidth = CHIP_WIDTH + 6 + TextWrapper.width(label, extra.chipLabel().font(),
                    extra.chipLabel().size());
            if (left > x && left + itemWidth > x + width) {
                cursor.down(ROW_HEIGHT);
                left = x;
            }
            drawItem(cursor, entry.getKey(), entry.getValue(), label, left);
            left += itemWidth + ITEM_GAP;
        }
        cursor.down(ROW_HEIGHT);
    }

    private void drawProportionBar(PageCursor cursor, int total, float x, float width) throws IOException {
        if (total == 0) {
            return;
        }
        float left = x;
        for (Map.Entry<ProgressStatus, Integer> entry : counts.entrySet()) {
            float segment = width * entry.getValue() / total;
            if (segment > 0) {
                Shapes.box(cursor.stream(), ReportColors.of(entry.getKey()), left, cursor.y(), segment, BAR_HEIGHT);
                left += segment;
            }
        }
    }

    private void drawItem(PageCursor cursor, ProgressStatus status, int count, String label, float left)
            throws IOException {
        float top = cursor.y();
        Shapes.box(cursor.stream(), ReportColors.of(status), left, top, CHIP_WIDTH, CHIP_HEIGHT);
        TextStyle number = extra.chipNumber().withColor(ReportColors.onStatus(status));
        String digits = Integer.toString(count);
        float numberWidth = TextWrapper.width(digits, number.font(), number.size());
        float baseline = top - CHIP_HEIGHT / 2 - number.size() * 0.35f;
        TextBlock.showLine(cursor.stream(), number, left + (CHIP_WIDTH - numberWidth) / 2, baseline, digits);
        TextBlock.showLine(cursor.stream(), extra.chipLabel(), left + CHIP_WIDTH + 6, baseline, label);
    }
}
