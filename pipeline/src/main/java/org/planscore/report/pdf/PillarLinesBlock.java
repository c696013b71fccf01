package org.planscore.report.pdf;

import java.io.IOException;
import java.util.List;

import org.planscore.report.summary.PillarLine;
import org.planscore.report.summary.SummaryTexts;
import org.planscore.report.text.ReportTexts;

/** One line per pillar on page 1: a chip of the status its mean score gives, the name, status and mean score. */
final class PillarLinesBlock {

    private static final float CHIP = 12f;
    private static final float INDENT = 20f;
    private static final float GAP = 5f;

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
        float width = PageGeometry.WIDTH - INDENT;
        TextBlock.of(texts.text("summary.pillarsHeading"), type.summaryHeading(), PageGeometry.WIDTH).draw(cursor, x);
        cursor.down(4);
        for (PillarLine line : pillars) {
            TextBlock name = TextBlock.of(line.name(), extra.pillarName(), width);
            TextBlock detail = TextBlock.of(summary.pillarDetail(line), extra.pillarDetail(), width);
            if (!cursor.fits(name.height() + detail.height())) {
                return;
            }
            float chipTop = cursor.y() - (extra.pillarName().leading() - CHIP) / 2;
            Shapes.box(cursor.stream(), ReportColors.of(line.status()), x, chipTop, CHIP, CHIP);
            name.draw(cursor, x + INDENT);
            detail.draw(cursor, x + INDENT);
            cursor.down(GAP);
        }
    }
}
