package org.planscore.render.pdf;

import java.io.IOException;
import java.util.List;

import org.planscore.assessment.ScoredTarget;
import org.planscore.render.summary.BehindList;
import org.planscore.render.summary.ReportSummary;
import org.planscore.render.summary.SummaryTexts;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetFacts;
import org.planscore.render.text.TargetSentences;

/**
 * The few targets furthest behind, lowest score first, each with its status, the yearly rate the remaining years
 * now need, and latest vs target. The list ends where page 1 does, leaving {@code reserve} points for what follows.
 */
final class MostBehindBlock {

    private static final float BAR_WIDTH = 6f;
    private static final float INDENT = 16f;
    private static final float GAP = 9f;

    private final List<ScoredTarget> behind;
    private final ReportTexts texts;
    private final Typography type;
    private final TargetSentences sentences;
    private final SummaryTexts summary;

    MostBehindBlock(List<ScoredTarget> behind, ReportTexts texts, Typography type) {
        this.behind = behind;
        this.texts = texts;
        this.type = type;
        this.sentences = new TargetSentences(texts);
        this.summary = new SummaryTexts(texts);
    }

    static List<ScoredTarget> mostBehind(List<ScoredTarget> targets) {
        return ReportSummary.mostBehind(targets);
    }

    /** How many targets are listed before the room kept for what follows grows to {@code reserveAfterFirst}. */
    static final int FIRST = 2;

    /**
     * Lists the targets while each fits above {@code reserve} points (the least the blocks below need); after the
     * first {@link #FIRST}, above {@code reserveAfterFirst} (room for a few lines of them too).
     */
    void draw(PageCursor cursor, float reserve, float reserveAfterFirst) throws IOException {
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        TextBlock heading = TextBlock.of(texts.text("summary.behindHeading"), type.summaryHeading(), width);
        if (behind.isEmpty()) {
            heading.drawIfFits(cursor, x);
            cursor.down(6);
            TextBlock.of(texts.text("summary.noneBehind"), type.behindDetail(), width).drawIfFits(cursor, x);
            return;
        }
        boolean first = true;
        int listed = 0;
        for (ScoredTarget target : behind) {
            float textWidth = width - INDENT;
            TargetFacts facts = TargetFacts.of(target);
            TextBlock name = TextBlock.of(target.target().name().in(texts.locale()), type.behindName(), textWidth);
            TextBlock status = TextBlock.of(summary.behindStatus(target), type.behindStatus(), textWidth);
            TextBlock detail = TextBlock.of(sentences.latestVersusTarget(target), type.behindDetail(), textWidth);
            float height = name.height() + status.height() + detail.height();
            // Page 1 is read alone on a phone: the list ends where the page does instead of spilling over.
            float kept = listed < FIRST ? reserve : reserveAfterFirst;
            if (!cursor.fits(height + kept + (first ? heading.height() + 6 : 0))) {
                break;
            }
            if (first) {
                heading.draw(cursor, x);
                cursor.down(6);
                first = false;
            }
            Shapes.box(cursor.stream(), ReportColors.of(BehindList.shownStatus(target)), x, cursor.y(), BAR_WIDTH,
                    height);
            name.draw(cursor, x + INDENT);
            status.draw(cursor, x + INDENT);
            detail.draw(cursor, x + INDENT);
            cursor.down(GAP);
            listed++;
        }
    }
}
