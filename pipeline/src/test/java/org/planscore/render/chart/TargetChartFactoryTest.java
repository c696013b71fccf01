package org.planscore.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.planscore.assessment.ReportFixtures;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.ReportTexts;

class TargetChartFactoryTest {

    private final ReportModel model = ReportFixtures.haiPhong(ReportFixtures.VIETNAMESE);
    private final TargetChartFactory factory = new TargetChartFactory(ReportTexts.forLocale(model.locale()));

    private ScoredTarget target(String id) {
        return model.targets().stream().filter(t -> t.target().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void drawsSeriesTargetPathFromBaseToTargetAndTheTarget() {
        JFreeChart chart = factory.create(target("SOCIAL_HOUSING_2025")).orElseThrow();
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(4, data.getSeriesCount());
        assertEquals(4, data.getItemCount(0));
        assertEquals(2021.0, data.getXValue(1, 0));
        assertEquals(210.0, data.getYValue(1, 0));
        assertEquals(2025.0, data.getXValue(1, 1));
        assertEquals(1500.0, data.getYValue(1, 1));
        assertEquals(1500.0, data.getYValue(2, 0));
    }

    @Test
    void estimatesGetAnotherMarkerThanOfficialFigures() {
        JFreeChart chart = factory.create(target("SOCIAL_HOUSING_2025")).orElseThrow();
        var renderer = chart.getXYPlot().getRenderer();
        assertNotSame(renderer.getItemShape(0, 0), renderer.getItemShape(0, 3));
        assertEquals(VintageMarkerRenderer.ESTIMATE_SHAPE, renderer.getItemShape(0, 3));
        assertTrue(chart.getXYPlot().getFixedLegendItems().getItemCount() == 5, "estimate has a legend entry");
    }

    @Test
    void projectsTheAchievedGrowthFromTheLatestYearToTheTargetYear() {
        // Base 2021: 210, latest 2024: 1234.5 (estimate), target 1500 in 2025: UNSD v_e = y_t·(1 + CAGR)^(T − t).
        JFreeChart chart = factory.create(target("SOCIAL_HOUSING_2025")).orElseThrow();
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(2, data.getItemCount(3));
        assertEquals(2024.0, data.getXValue(3, 0));
        assertEquals(1234.5, data.getYValue(3, 0), 1e-9);
        assertEquals(2025.0, data.getXValue(3, 1));
        assertEquals(1234.5 * Math.pow(1234.5 / 210.0, 1.0 / 3), data.getYValue(3, 1), 1e-6);
    }

    @Test
    void noProjectionOnceTheTargetYearIsReachedOrWithoutTarget() {
        JFreeChart chart = factory.create(target("GRDP_GROWTH_2024")).orElseThrow();
        assertEquals(0, chart.getXYPlot().getDataset().getItemCount(3));
    }

    @Test
    void noChartWithoutData() {
        assertTrue(factory.create(target("URBAN_RATE_2025")).isEmpty());
    }

    @Test
    void textUsesTheVietnameseCapableFontAndYearsHaveNoSeparators() {
        JFreeChart chart = factory.create(target("BUDGET_REV_2025")).orElseThrow();
        XYPlot plot = chart.getXYPlot();
        Font tickFont = plot.getDomainAxis().getTickLabelFont();
        assertEquals("Liberation Sans", tickFont.getFamily());
        assertTrue(tickFont.canDisplayUpTo("Hải Phòng đạt mục tiêu") == -1);
        assertEquals("2025", ((NumberAxis) plot.getDomainAxis()).getNumberFormatOverride().format(2025));
        assertEquals("110.000", ((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride().format(110000));
    }

    @Test
    void marksTheMergerWhereTheCitysPerimeterChanged() {
        // Hải Phòng took in Hải Dương on 1 July 2025: the line sits between the 2024 and 2025 annual figures.
        JFreeChart chart = factory.create(target("SOCIAL_HOUSING_2025")).orElseThrow();
        var markers = chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertEquals(1, markers.size());
        var marker = (org.jfree.chart.plot.ValueMarker) markers.iterator().next();
        assertEquals(2024.5, marker.getValue());
        assertTrue(marker.getLabel().contains("01/07/2025"), marker.getLabel());
    }

    @Test
    void noMergerMarkForAnAreaWhosePerimeterNeverChanged() {
        ScoredTarget haiPhong = target("SOCIAL_HOUSING_2025");
        var t = haiPhong.target();
        var haNoi = new org.planscore.plan.PlanTarget(t.id(), t.indicator(), t.name(), t.pillar(), t.type(),
                t.baseYear(), t.targetYear(), t.targetValue(), t.targetText(), t.direction(), t.unit(), t.limit(),
                "Hà Nội", t.source(), t.note());
        JFreeChart chart = factory.create(new ScoredTarget(haNoi, haiPhong.series(), haiPhong.result())).orElseThrow();
        assertTrue(chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null);
    }
}
