package org.planscore.render.pdf;

import java.io.IOException;

import org.planscore.render.summary.ReportChanges;
import org.planscore.render.summary.SummaryTexts;
import org.planscore.render.text.ReportTexts;

/** What changed since the previous report: counts, then the status moves (falls first) while the page has room. */
final class ChangesBlock {

    private final ReportChanges changes;
    private final ReportTexts texts;
    private final SummaryTexts summary;
    private final Typography type;
    private final ExtraTypography extra;

    ChangesBlock(ReportChanges changes, ReportTexts texts, Typography type, ExtraTypography extra) {
        this.changes = changes;
        this.texts = texts;
        this.summary = new SummaryTexts(texts);
        this.type = type;
        this.extra = extra;
    }

    /** The least this block needs: its heading and its count line. */
    float minimumHeight() {
        return heading().height() + 4 + counts().height();
    }

    private TextBlock heading() {
        return TextBlock.of(summary.changesHeading(changes), type.summaryHeading(), PageGeometry.WIDTH);
    }

    private TextBlock counts() {
        return TextBlock.of(summary.changesCounts(changes), extra.pillarDetail(), PageGeometry.WIDTH);
    }

    void draw(PageCursor cursor) throws IOException {
        float x = PageGeometry.LEFT;
        heading().draw(cursor, x);
        cursor.down(4);
        counts().draw(cursor, x);
        int shown = 0;
        for (ReportChanges.StatusMove move : changes.statusMoves()) {
            TextBlock line = TextBlock.of("• " + summary.statusMove(move), extra.chipLabel(), PageGeometry.WIDTH);
            TextBlock more = TextBlock.of(texts.format("summary.moreChanges",
                    Integer.toString(changes.statusMoves().size() - shown - 1)), extra.note(), PageGeometry.WIDTH);
            boolean last = shown == changes.statusMoves().size() - 1;
            if (!cursor.fits(line.height() + (last ? 0 : more.height()))) {
                TextBlock.of(texts.format("summary.moreChanges",
                        Integer.toString(changes.statusMoves().size() - shown)), extra.note(), PageGeometry.WIDTH)
                        .drawIfFits(cursor, x);
                return;
            }
            line.draw(cursor, x);
            shown++;
        }
    }
}
