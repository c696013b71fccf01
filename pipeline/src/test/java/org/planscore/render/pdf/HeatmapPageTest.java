package org.planscore.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ReportFixtures;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.PlanTarget;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.Direction;

class HeatmapPageTest {

    private final List<ScoredTarget> targets = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE).targets();

    private final ReportTexts vietnamese = ReportTexts.forLocale(ReportFixtures.VIETNAMESE);

    @Test
    void oneRowPerIndicatorWithFiguresNamedInTheEditionsWords() {
        List<HeatmapPage.Row> rows = HeatmapPage.rows(targets, vietnamese);
        // GRDP_GROWTH and BUDGET_REV_TOTAL have a name in i18n/indicators; the others are named after their target
        assertEquals(List.of("Tốc độ tăng trưởng GRDP (%)", "Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng)",
                "Sản lượng hàng hóa thông qua cảng biển (triệu tấn)", "Tỷ lệ hộ nghèo theo chuẩn đa chiều (%)",
                "Diện tích nhà ở xã hội hoàn thành (nghìn m²)"),
                rows.stream().map(HeatmapPage.Row::label).toList());
    }

    @Test
    void theEnglishEditionGivesEnglishNamesAndUnits() {
        List<HeatmapPage.Row> rows = HeatmapPage.rows(targets, ReportTexts.forLocale(ReportFixtures.ENGLISH));
        assertEquals("State budget revenue in the area (bn VND)", rows.get(1).label());
        assertEquals("Cargo throughput of the seaports (mn tonnes)", rows.get(2).label());
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
        List<String> labels = HeatmapPage.rows(both, vietnamese).stream().map(HeatmapPage.Row::label).toList();
        assertEquals("Sản lượng hàng hóa thông qua cảng biển · Hải Phòng (triệu tấn)", labels.get(2));
        assertEquals("Sản lượng hàng hóa thông qua cảng biển · Hải Phòng (hợp nhất) (triệu tấn)", labels.get(5));
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
