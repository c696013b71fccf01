package org.planscore.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.Pillar;
import org.planscore.render.text.ReportTexts;

/**
 * The detail pages: one section per pillar in plan order, opened by a table of its targets (status, trend,
 * progress bar, score), then one block per target. Targets whose pillar the
 * plan does not list go to a final "other" section rather than silently vanishing.
 */
final class PillarSections {

    private static final float BAND_PADDING = 7f;

    private final ReportModel model;
    private final ReportTexts texts;
    private final Typography type;
    private final TargetBlock targetBlock;
    private final PillarOverviewTable overview;

    PillarSections(ReportModel model, ReportTexts texts, Typography type, ExtraTypography extra, ChartDrawer charts) {
        this.model = model;
        this.texts = texts;
        this.type = type;
        this.targetBlock = new TargetBlock(texts, type, extra, charts);
        this.overview = new PillarOverviewTable(texts, extra);
    }

    void render(PageCursor cursor) throws IOException {
        Map<String, List<ScoredTarget>> sections = sections();
        if (sections.isEmpty()) {
            return;
        }
        cursor.newPage();
        for (Map.Entry<String, List<ScoredTarget>> section : sections.entrySet()) {
            renderSection(cursor, section.getKey(), section.getValue());
        }
    }

    /** Section title to targets, in plan order; pillars without targets are left out. */
    private Map<String, List<ScoredTarget>> sections() {
        Map<String, List<ScoredTarget>> sections = new LinkedHashMap<>();
        List<ScoredTarget> unplaced = new ArrayList<>(model.targets());
        for (Pillar pillar : model.plan().pillars()) {
            List<ScoredTarget> inPillar = model.targets().stream()
                    .filter(t -> pillar.id().equals(t.target().pillar())).toList();
            unplaced.removeAll(inPillar);
            if (!inPillar.isEmpty()) {
                sections.merge(pillar.name().in(model.locale()), inPillar, PillarSections::concat);
            }
        }
        if (!unplaced.isEmpty()) {
            sections.merge(texts.text("pillar.other"), unplaced, PillarSections::concat);
        }
        return sections;
    }

    private static List<ScoredTarget> concat(List<ScoredTarget> a, List<ScoredTarget> b) {
        List<ScoredTarget> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void renderSection(PageCursor cursor, String title, List<ScoredTarget> targets) throws IOException {
        float x = PageGeometry.LEFT;
        float width = PageGeometry.WIDTH;
        TextBlock heading = TextBlock.of(title, type.pillarHeading(), width - 2 * BAND_PADDING);
        float bandHeight = heading.height() + 2 * BAND_PADDING;
        // A heading is never left alone at the foot of a page: it moves with the start of its table.
        cursor.ensureRoom(bandHeight + 14 + 80);
        Shapes.box(cursor.stream(), ReportColors.HEADING, x, cursor.y(), width, bandHeight);
        cursor.down(BAND_PADDING);
        heading.draw(cursor, x + BAND_PADDING);
        cursor.down(BAND_PADDING + 10);
        overview.draw(cursor, targets);
        for (ScoredTarget target : targets) {
            targetBlock.draw(cursor, target);
        }
    }
}
