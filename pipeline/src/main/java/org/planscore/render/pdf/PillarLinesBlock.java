package org.planscore.render.pdf;

import java.io.IOException;
import java.util.List;

import org.planscore.render.summary.PillarLine;
import org.planscore.render.summary.SummaryTexts;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.ProgressStatus;

/**
 * Page 1's pillars as a small table, one row each: a chip of the status the pillar's mean score gives, the name, the
 * status in words, the mean score and how many of its targets have data. One line a pillar (a long name wraps)
 * leaves page 1 room for the targets most behind.
 */
final class PillarLinesBlock {

    private static final float CHIP = 12f;
    private static final float INDENT = 20f;
    private static final float GAP = 10f;
    private static final float SCORE_WIDTH = 40f;
    private static final float ROW_GAP = 4f;

    private final List<PillarLine> pillars;
    private final ReportTexts texts;
    private final SummaryTexts summary;
    private final Typography type;
    private final ExtraTypography extra;

    PillarLinesBlock(List<PillarLine> pillars, ReportTexts texts, Typography type, ExtraTypography extra) {
        this.pillars = pillars;
        this.texts = texts;
        this.summary = new SummaryTexts(texts);
        this.type = type;
        this.extra = extra;
    }

    void draw(PageCursor cursor) throws IOException {
        if (pillars.isEmpty()) {
            return;
        }
        float x = PageGeometry.LEFT;
        float right = x + PageGeometry.WIDTH;
        TextStyle header = extra.pillarDetail();
        TextStyle cell = extra.chipLabel();
        float coverageWidth = Math.max(width(texts.text("summary.pillarColumn.coverage"), header),
                width("999/999", cell));
        float statusWidth = width(texts.text("summary.pillarColumn.status"), header);
        for (ProgressStatus status : ProgressStatus.values()) {
            statusWidth = Math.max(statusWidth, width(texts.status(status), cell));
        }
        statusWidth = Math.max(statusWidth, width(texts.text("summary.tooFewFigures"), cell));
        float coverageRight = right;
        float scoreRight = coverageRight - coverageWidth - GAP;
        float statusX = scoreRight - SCORE_WIDTH - GAP - statusWidth;
        float nameX = x + INDENT;
        float nameWidth = statusX - GAP - nameX;

        TextBlock.of(texts.text("summary.pillarsHeading"), type.summaryHeading(), PageGeometry.WIDTH).draw(cursor, x);
        cursor.down(2);
        float baseline = cursor.y() - header.ascent();
        show(cursor, header, nameX, baseline, texts.text("summary.pillarColumn.pillar"));
        show(cursor, header, statusX, baseline, texts.text("summary.pillarColumn.status"));
        showRight(cursor, header, scoreRight, baseline, texts.text("summary.pillarColumn.score"));
        showRight(cursor, header, coverageRight, baseline, texts.text("summary.pillarColumn.coverage"));
        cursor.down(header.leading());
        for (PillarLine line : pillars) {
            TextBlock name = TextBlock.of(line.name(), extra.pillarRow(), nameWidth);
            float height = name.height() + ROW_GAP;
            if (!cursor.fits(height)) {
                return;
            }
            Shapes.rule(cursor.stream(), x, cursor.y(), PageGeometry.WIDTH);
            cursor.down(ROW_GAP / 2);
            float top = cursor.y();
            // The name first, so the row reads in order when the text is extracted or read aloud.
            name.draw(cursor, nameX);
            float chipTop = top - (extra.pillarRow().leading() - CHIP) / 2;
            // A mean resting on too few targets claims no status: grey chip, "too few figures", the mean beside it.
            Shapes.box(cursor.stream(), ReportColors.of(line.shownStatus()), x, chipTop, CHIP, CHIP);
            float rowBaseline = top - cell.ascent();
            show(cursor, cell, statusX, rowBaseline, summary.pillarStatus(line));
            if (line.meanScore() != null) {
                showRight(cursor, extra.pillarRow(), scoreRight, rowBaseline, summary.signed(line.meanScore(), 1));
            }
            showRight(cursor, cell, coverageRight, rowBaseline, line.scored() + "/" + line.targets().size());
            cursor.down(ROW_GAP / 2);
        }
        cursor.down(2);
    }

    private static float width(String text, TextStyle style) {
        return TextWrapper.width(PrintableText.of(text, style.font()), style.font(), style.size());
    }

    private static void show(PageCursor cursor, TextStyle style, float x, float baseline, String text)
            throws IOException {
        TextBlock.showLine(cursor.stream(), style, x, baseline, PrintableText.of(text, style.font()));
    }

    private static void showRight(PageCursor cursor, TextStyle style, float right, float baseline, String text)
            throws IOException {
        show(cursor, style, right - width(text, style), baseline, text);
    }
}
