package org.planscore.render.pdf;

import java.io.IOException;

import org.planscore.render.summary.CityComparison;
import org.planscore.render.summary.CityComparisonTexts;
import org.planscore.render.text.ReportTexts;

/**
 * Page 2's short section "our verdicts and the city's": per year the city's own count, both verdicts on the targets
 * the city judged, and one sentence per difference. Left out when the catalogue has no city assessment.
 */
final class CityComparisonBlock {

    private static final float LINE_GAP = 3f;

    private final CityComparison comparison;
    private final CityComparisonTexts sentences;
    private final Typography type;

    CityComparisonBlock(CityComparison comparison, ReportTexts texts, Typography type) {
        this.comparison = comparison;
        this.sentences = new CityComparisonTexts(texts);
        this.type = type;
    }

    void draw(PageCursor cursor) throws IOException {
        if (comparison.isEmpty()) {
            return;
        }
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        TextBlock heading = TextBlock.of(sentences.heading(), type.summaryHeading(), width);
        // The heading moves with its first lines rather than sit alone at the foot of a page.
        cursor.ensureRoom(heading.height() + 3 * type.sentence().leading());
        heading.draw(cursor, x);
        cursor.down(4);
        for (CityComparison.Year year : comparison.years()) {
            boolean first = true;
            for (String line : sentences.lines(year)) {
                TextBlock.of(line, first ? type.targetStatus() : type.sentence(), width).draw(cursor, x);
                cursor.down(LINE_GAP);
                first = false;
            }
        }
    }
}
