package org.planscore.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planscore.plan.PlanTarget;
import org.planscore.report.ObservationPoint;
import org.planscore.report.ReportFixtures;
import org.planscore.report.ScoredTarget;
import org.planscore.scoring.Direction;

class HeatmapPageTest {

    private final List<ScoredTarget> targets = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE).targets();

    @Test
    void oneRowPerIndicatorWithFigures() {
        List<HeatmapPage.Row> rows = HeatmapPage.rows(targets);
        assertEquals(List.of("GRDP_GROWTH (%)", "BUDGET_REV_TOTAL (tỷ đồng)", "PORT_CARGO (triệu tấn)",
                "POOR_HOUSEHOLD_RATE (%)", "SOCIAL_HOUSING_AREA (nghìn m²)"),
                rows.stream().map(HeatmapPage.Row::label).toList());
    }

    @Test
    void anIndicatorOnTwoPerimetersNamesTheAreaOfEachRow() {
        List<ScoredTarget> both = new ArrayList<>(targets);
        ScoredTarget port = targets.get(2);
        PlanTarget t = port.target();
        both.add(new ScoredTarget(new PlanTarget(t.id() + "_MERGED", t.indicator(), t.name(), t.pillar(), t.type(),
                t.baseYear(), t.targetYear(), t.targetValue(), t.targetText(), t.direction(), t.unit(), t.limit(),
                "Hải Phòng (hợp nhất)", t.source(), t.note()), List.of(new ObservationPoint(2025, 300, "estimate", "x")),
                port.result()));
        List<String> labels = HeatmapPage.rows(both).stream().map(HeatmapPage.Row::label).toList();
        assertEquals("PORT_CARGO · Hải Phòng (triệu tấn)", labels.get(2));
        assertEquals("PORT_CARGO · Hải Phòng (hợp nhất) (triệu tấn)", labels.get(5));
    }

    @Test
    void cellsAreGreenWhenTheIndicatorMovesTheDesiredWayAndRedOtherwise() {
        HeatmapPage.Row falling = new HeatmapPage.Row("POOR", Direction.DECREASE, List.of());
        Color better = HeatmapPage.colour(falling, new ObservationPoint(2024, 0.4, "official", "x"),
                Optional.of(new ObservationPoint(2023, 0.5, "official", "x")));
        Color worse = HeatmapPage.colour(falling, new ObservationPoint(2024, 0.6, "official", "x"),
                Optional.of(new ObservationPoint(2023, 0.5, "official", "x")));
        assertEquals(true, better.getGreen() > better.getRed(), better.toString());
        assertEquals(true, worse.getRed() > worse.getGreen(), worse.toString());
    }
}
