package org.planscore.render.pdf;

import java.io.IOException;
import java.util.List;

import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.Plan;
import org.planscore.render.summary.ReportSummary;
import org.planscore.render.summary.SummaryTexts;
import org.planscore.render.text.ReportTexts;

/**
 * Page 1, the page leadership reads on a phone, and only that page: what plan, as of when and how solid the data
 * is; how many targets stand where; each pillar's status and mean score; the targets most behind with the rate now
 * needed; what changed since the previous report. Blocks that no longer fit are shortened, never moved to page 2.
 */
final class SummaryPage {

    /** On the page itself; the email lists more. */
    static final int MOST_BEHIND = 3;
    /** Status moves kept room for below the most-behind list. */
    private static final int MOVES_KEPT = 1;

    private final ReportModel model;
    private final ReportSummary summary;
    private final ReportTexts texts;
    private final Typography type;
    private final ExtraTypography extra;

    SummaryPage(ReportModel model, ReportSummary summary, ReportTexts texts, Typography type, ExtraTypography extra) {
        this.model = model;
        this.summary = summary;
        this.texts = texts;
        this.type = type;
        this.extra = extra;
    }

    void render(PageCursor cursor) throws IOException {
        cursor.newPage();
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        Plan plan = model.plan();
        SummaryTexts sentences = new SummaryTexts(texts);

        TextBlock.of(plan.title().in(model.locale()), type.title(), width).draw(cursor, x);
        cursor.down(4);
        String asOf = texts.format("summary.asOf", texts.date(model.asOf()));
        String cutOff = sentences.dataCutOff(summary.quality());
        TextBlock.of(plan.area() + " · " + asOf + (cutOff == null ? "" : " · " + cutOff), type.asOf(), width)
                .draw(cursor, x);
        TextBlock.of(sentences.quality(summary.quality()), extra.note(), width).draw(cursor, x);
        cursor.down(6);
        Shapes.rule(cursor.stream(), x, cursor.y(), width);
        cursor.down(12);

        new StatusCountsBlock(summary.counts(), texts, type, extra).draw(cursor);
        String reference = sentences.referenceTargets(summary.referenceTargets());
        if (reference != null) {
            TextBlock.of(reference, extra.note(), width).draw(cursor, x);
        }
        cursor.down(8);
        new PillarLinesBlock(summary.pillars(), texts, type, extra).draw(cursor);
        cursor.down(6);
        ChangesBlock changes = new ChangesBlock(summary.changes(), texts, type, extra);
        List<ScoredTarget> behind = summary.mostBehind().stream().limit(MOST_BEHIND).toList();
        // Past years' misses and targets whose figures are too old to rank are said under the list, on their own.
        List<TextBlock> notes = java.util.stream.Stream.of(sentences.staleFigures(summary.behind()),
                        sentences.earlierMisses(summary.behind(), false))
                .filter(java.util.Objects::nonNull).map(text -> TextBlock.of(text, extra.note(), width)).toList();
        float notesHeight = (float) notes.stream().mapToDouble(TextBlock::height).sum();
        float reserve = changes.minimumHeight() + 12 + notesHeight;
        new MostBehindBlock(behind, texts, type).draw(cursor, reserve, reserve
                + Math.min(MOVES_KEPT, summary.changes().statusMoves().size()) * extra.chipLabel().leading());
        for (TextBlock note : notes) {
            note.drawIfFits(cursor, x);
        }
        cursor.down(6);
        if (cursor.fits(changes.minimumHeight())) {
            changes.draw(cursor);
        }
    }
}
