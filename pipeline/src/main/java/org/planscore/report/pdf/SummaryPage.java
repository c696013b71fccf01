package org.planscore.report.pdf;

import java.io.IOException;

import org.planscore.plan.Plan;
import org.planscore.report.ReportModel;
import org.planscore.report.text.ReportTexts;

/** Page 1, the page leadership reads on a phone: what plan, as of when, how many targets stand where. */
final class SummaryPage {

    private final ReportModel model;
    private final ReportTexts texts;
    private final Typography type;

    SummaryPage(ReportModel model, ReportTexts texts, Typography type) {
        this.model = model;
        this.texts = texts;
        this.type = type;
    }

    void render(PageCursor cursor) throws IOException {
        cursor.newPage();
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        Plan plan = model.plan();

        TextBlock.of(plan.title().in(model.locale()), type.title(), width).draw(cursor, x);
        cursor.down(6);
        TextBlock.of(plan.area(), type.area(), width).draw(cursor, x);
        TextBlock.of(texts.format("summary.asOf", texts.date(model.asOf())), type.asOf(), width).draw(cursor, x);
        cursor.down(10);
        Shapes.rule(cursor.stream(), x, cursor.y(), width);
        cursor.down(18);

        new StatusCountsBlock(model.targets(), texts, type).draw(cursor);
        cursor.down(8);
        new PillarScoresBlock(model, texts, type).draw(cursor);
        cursor.down(18);
        new MostBehindBlock(model.targets(), texts, type).draw(cursor);
    }
}
