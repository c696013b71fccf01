package org.planscore.report.pdf;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.planscore.report.ScoredTarget;
import org.planscore.report.text.ReportTexts;
import org.planscore.report.text.TargetFacts;
import org.planscore.report.text.TargetSentences;
import org.planscore.scoring.ProgressStatus;

/** The few targets furthest behind, lowest score first, each with its status in words and latest vs target. */
final class MostBehindBlock {

    static final int MAX_TARGETS = 5;
    private static final float BAR_WIDTH = 6f;
    private static final float INDENT = 16f;
    private static final float GAP = 12f;

    private final List<ScoredTarget> targets;
    private final ReportTexts texts;
    private final Typography type;
    private final TargetSentences sentences;

    MostBehindBlock(List<ScoredTarget> targets, ReportTexts texts, Typography type) {
        this.targets = targets;
        this.texts = texts;
        this.type = type;
        this.sentences = new TargetSentences(texts);
    }

    /** Behind means scored and not achieved; targets without data are counted above, not ranked here. */
    static List<ScoredTarget> mostBehind(List<ScoredTarget> targets) {
        return targets.stream()
                .filter(t -> {
                    TargetFacts facts = TargetFacts.of(t);
                    return facts.score() != null
                            && facts.status() != ProgressStatus.TARGET_ACHIEVED
                            && facts.status() != ProgressStatus.NOT_AVAILABLE;
                })
                .sorted(Comparator.comparing((ScoredTarget t) -> TargetFacts.of(t).score())
                        .thenComparing(t -> TargetFacts.of(t).status(), Comparator.reverseOrder()))
                .limit(MAX_TARGETS)
                .toList();
    }

    void draw(PageCursor cursor) throws IOException {
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        TextBlock heading = TextBlock.of(texts.text("summary.behindHeading"), type.summaryHeading(), width);
        List<ScoredTarget> behind = mostBehind(targets);
        if (behind.isEmpty()) {
            heading.draw(cursor, x);
            cursor.down(6);
            TextBlock.of(texts.text("summary.noneBehind"), type.behindDetail(), width).draw(cursor, x);
            return;
        }
        boolean first = true;
        for (ScoredTarget target : behind) {
            float textWidth = width - INDENT;
            TextBlock name = TextBlock.of(target.target().name().in(texts.locale()), type.behindName(), textWidth);
            TextBlock status = TextBlock.of(texts.status(TargetFacts.of(target).status()), type.behindStatus(),
                    textWidth);
            TextBlock detail = TextBlock.of(sentences.latestVersusTarget(target), type.behindDetail(), textWidth);
            float height = name.height() + status.height() + detail.height();
            // Page 1 is read alone on a phone: the list ends where the page does instead of spilling over.
            if (!first && !cursor.fits(height)) {
                break;
            }
            // The heading stays with the first item rather than ending a page alone.
            cursor.ensureRoom(height + (first ? heading.height() + 6 : 0));
            if (first) {
                heading.draw(cursor, x);
                cursor.down(6);
                first = false;
            }
            Shapes.box(cursor.stream(), ReportColors.of(TargetFacts.of(target).status()), x, cursor.y(),
                    BAR_WIDTH, height);
            name.draw(cursor, x + INDENT);
            status.draw(cursor, x + INDENT);
            detail.draw(cursor, x + INDENT);
            cursor.down(GAP);
        }
    }
}
