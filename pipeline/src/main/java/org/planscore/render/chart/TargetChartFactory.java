package org.planscore.render.chart;

import java.time.LocalDate;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.planscore.ingest.area.Gazetteer;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.PlanTarget;
import org.planscore.render.summary.TargetOutlook;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetFacts;

/**
 * The chart of one target: the reported series by year (estimates hollow), the straight target path from the base
 * value to the target value (dashed), the UNSD projection of the achieved trend to the target year (dotted), and the
 * target itself as a marker.
 */
public final class TargetChartFactory {

    private static final int REPORTED = 0;
    private static final int TARGET_PATH = 1;
    private static final int TARGET = 2;
    private static final int PROJECTION = 3;

    private final ReportTexts texts;

    public TargetChartFactory(ReportTexts texts) {
        this.texts = texts;
    }

    /** The chart, or empty when the target has no reported value to draw. */
    public Optional<JFreeChart> create(ScoredTarget scored) {
        List<ObservationPoint> points = onePerYear(scored.series());
        if (points.isEmpty()) {
            return Optional.empty();
        }
        PlanTarget target = scored.target();
        TargetFacts facts = TargetFacts.of(scored);
        boolean hasTarget = target.targetValue() != null;
        boolean hasPath = hasTarget && facts.baseValue() != null && facts.baseYear() != null
                && facts.baseYear() < target.targetYear();
        List<Boolean> provisional = points.stream().map(p -> isProvisional(p.vintage())).toList();

        XYSeriesCollection dataset = new XYSeriesCollection();
        XYSeries reported = new XYSeries(texts.text("chart.series.reported"), true, false);
        points.forEach(p -> reported.add(p.year(), p.value()));
        dataset.addSeries(reported);
        XYSeries path = new XYSeries(texts.text("chart.series.targetPath"), true, false);
        if (hasPath) {
            path.add(facts.baseYear().doubleValue(), scored.targetIsRate() ? target.targetValue() : facts.baseValue());
            path.add(target.targetYear(), target.targetValue());
        }
        dataset.addSeries(path);
        XYSeries goal = new XYSeries(texts.text("chart.series.target"), true, false);
        if (hasTarget) {
            goal.add(target.targetYear(), target.targetValue());
        }
        dataset.addSeries(goal);
        XYSeries projection = projection(scored);
        dataset.addSeries(projection);

        VintageMarkerRenderer renderer = new VintageMarkerRenderer(provisional);
        XYPlot plot = new XYPlot(dataset, yearAxis(points, target, hasTarget), valueAxis(target), renderer);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        // After the theme: applying a theme clears every series paint and stroke.
        styleSeries(renderer);
        perimeterChange(target).filter(x -> plot.getDomainAxis().getRange().contains(x))
                .ifPresent(x -> plot.addDomainMarker(perimeterMarker(x, target)));
        plot.setFixedLegendItems(new ChartLegend(texts).items(provisional.contains(true), hasPath, hasTarget,
                projection.getItemCount() > 0));
        LegendTitle legendTitle = chart.getLegend();
        legendTitle.setPosition(RectangleEdge.BOTTOM);
        legendTitle.setFrame(BlockBorder.NONE);
        chart.setPadding(new RectangleInsets(4, 2, 2, 8));
        return Optional.of(chart);
    }

    /**
     * Where the area's perimeter changed (Hải Phòng took in Hải Dương on 1 July 2025): between the last annual figure
     * of the old perimeter and the first of the new, so a reader sees why the series stops or starts there.
     */
    private static Optional<Double> perimeterChange(PlanTarget target) {
        if (target.area() == null) {
            return Optional.empty();
        }
        String area = target.area().replaceFirst("\\s*\\(.*\\)$", "");
        return Gazetteer.standard().perimeterChange(area).map(date -> date.getYear() - 0.5);
    }

    private ValueMarker perimeterMarker(double x, PlanTarget target) {
        String area = target.area().replaceFirst("\\s*\\(.*\\)$", "");
        LocalDate date = Gazetteer.standard().perimeterChange(area).orElseThrow();
        ValueMarker marker = new ValueMarker(x, ChartColors.PERIMETER, ChartColors.PERIMETER_LINE);
        marker.setLabel(texts.format("chart.perimeterChange", texts.date(date)));
        marker.setLabelFont(ChartFonts.regular(9f));
        marker.setLabelPaint(ChartColors.PERIMETER);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }

    /**
     * The UNSD projection (SCORING.md §2) from the latest year to the target year: the value growing at the average
     * rate achieved so far, v_t·(1 + CAGR)^(k), one point a year; for a growth target that rate itself, held flat.
     * Empty when the forward view cannot be computed.
     */
    private XYSeries projection(ScoredTarget scored) {
        XYSeries series = new XYSeries(texts.text("chart.series.projection"), true, false);
        TargetOutlook outlook = TargetOutlook.of(scored);
        if (!outlook.hasProjection() || outlook.achievedRate() == null) {
            return series;
        }
        Double latest = scored.reportedIn(outlook.latestYear()).map(ObservationPoint::value).orElse(null);
        if (latest == null) {
            return series;
        }
        double growth = outlook.achievedRate() / 100.0;
        for (int year = outlook.latestYear(); year <= outlook.targetYear(); year++) {
            if (scored.targetIsRate()) {
                series.add(year, year == outlook.latestYear() ? latest : outlook.achievedRate());
            } else {
                series.add(year, latest * Math.pow(1 + growth, year - outlook.latestYear()));
            }
        }
        return series;
    }

    /**
     * Sorted by year, one point per year: when a year comes in several vintages the most final one is drawn
     * (a chart series cannot hold two values for one x).
     */
    static List<ObservationPoint> onePerYear(List<ObservationPoint> series) {
        Map<Integer, ObservationPoint> byYear = new TreeMap<>();
        for (ObservationPoint point : series) {
            byYear.merge(point.year(), point,
                    (a, b) -> finality(b.vintage()) >= finality(a.vintage()) ? b : a);
        }
        return List.copyOf(byYear.values());
    }

    private static int finality(String vintage) {
        if (vintage == null) {
            return 1;
        }
        return switch (vintage.trim().toLowerCase(Locale.ROOT)) {
            case "estimate" -> 0;
            case "preliminary" -> 1;
            default -> 2;
        };
    }

    static boolean isProvisional(String vintage) {
        if (vintage == null) {
            return false;
        }
        String v = vintage.trim().toLowerCase(Locale.ROOT);
        return v.equals("estimate") || v.equals("preliminary");
    }

    private static void styleSeries(VintageMarkerRenderer renderer) {
        renderer.setSeriesPaint(REPORTED, ChartColors.REPORTED);
        renderer.setSeriesStroke(REPORTED, ChartColors.REPORTED_LINE);
        renderer.setSeriesPaint(TARGET_PATH, ChartColors.TARGET_PATH);
        renderer.setSeriesStroke(TARGET_PATH, ChartColors.TARGET_PATH_LINE);
        renderer.setSeriesShapesVisible(TARGET_PATH, false);
        renderer.setSeriesPaint(TARGET, ChartColors.TARGET);
        renderer.setSeriesLinesVisible(TARGET, false);
        renderer.setSeriesShape(TARGET, ChartShapes.triangle(11));
        renderer.setSeriesPaint(PROJECTION, ChartColors.PROJECTION);
        renderer.setSeriesStroke(PROJECTION, ChartColors.PROJECTION_LINE);
        renderer.setSeriesShapesVisible(PROJECTION, false);
    }

    private NumberAxis valueAxis(PlanTarget target) {
        NumberAxis axis = new NumberAxis(texts.unit(target.unit()));
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(texts.numberFormat(2));
        // Room above and below so the target marker and the extreme points are not cut by the plot edge.
        axis.setUpperMargin(0.12);
        axis.setLowerMargin(0.12);
        return axis;
    }

    /** Whole years only, printed as plain digits (a locale format would print 2.025). */
    private static NumberAxis yearAxis(List<ObservationPoint> points, PlanTarget target, boolean hasTarget) {
        int first = Math.min(points.get(0).year(), target.baseYear());
        int last = Math.max(points.get(points.size() - 1).year(), hasTarget ? target.targetYear() : first);
        NumberAxis axis = new NumberAxis(null);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0"));
        axis.setRange(first - 0.5, last + 0.5);
        return axis;
    }
}
