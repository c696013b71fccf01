package org.planscore.render.chart;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/** A plain, print-friendly JFreeChart theme whose every text uses the Vietnamese-capable font. */
final class ChartTheme {

    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private ChartTheme() {
    }

    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("PlanScore");
        theme.setExtraLargeFont(ChartFonts.bold(13f));
        theme.setLargeFont(ChartFonts.bold(10f));
        theme.setRegularFont(ChartFonts.regular(9f));
        theme.setSmallFont(ChartFonts.regular(8f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setTitlePaint(TEXT);
        // JFreeChart's default theme draws a fake 3D shadow under bars and plots; it only adds noise.
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.getPlot().setOutlineVisible(false);
    }
}
