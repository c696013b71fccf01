package org.planscore.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.planscore.render.text.ReportTexts;

/**
 * The legend is built by hand: JFreeChart's automatic one would show one entry per series, but the reported
 * series has two markers (official, estimate) and the estimate entry should only appear when one is drawn.
 */
final class ChartLegend {

    private static final Shape LINE = new Line2D.Double(-8, 0, 8, 0);

    private final ReportTexts texts;

    ChartLegend(ReportTexts texts) {
        this.texts = texts;
    }

    LegendItemCollection items(boolean hasProvisional, boolean hasPath, boolean hasTarget, boolean hasProjection) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(texts.text("chart.series.reported"), null, null, null,
                true, VintageMarkerRenderer.OFFICIAL_SHAPE, true, ChartColors.REPORTED,
                false, ChartColors.REPORTED, ChartColors.REPORTED_LINE,
                true, LINE, ChartColors.REPORTED_LINE, ChartColors.REPORTED));
        if (hasProvisional) {
            items.add(new LegendItem(texts.text("chart.series.estimate"), null, null, null,
                    true, VintageMarkerRenderer.ESTIMATE_SHAPE, true, Color.WHITE,
                    true, ChartColors.ESTIMATE, new BasicStroke(1.2f),
                    false, LINE, ChartColors.REPORTED_LINE, ChartColors.ESTIMATE));
        }
        if (hasPath) {
            items.add(new LegendItem(texts.text("chart.series.targetPath"), null, null, null,
                    false, LINE, false, ChartColors.TARGET_PATH,
                    false, ChartColors.TARGET_PATH, ChartColors.TARGET_PATH_LINE,
                    true, LINE, ChartColors.TARGET_PATH_LINE, ChartColors.TARGET_PATH));
        }
        if (hasProjection) {
            items.add(new LegendItem(texts.text("chart.series.projection"), null, null, null,
                    false, LINE, false, ChartColors.PROJECTION,
                    false, ChartColors.PROJECTION, ChartColors.PROJECTION_LINE,
                    true, LINE, ChartColors.PROJECTION_LINE, ChartColors.PROJECTION));
        }
        if (hasTarget) {
            items.add(new LegendItem(texts.text("chart.series.target"), null, null, null,
                    true, ChartShapes.triangle(11), true, ChartColors.TARGET,
                    false, ChartColors.TARGET, ChartColors.REPORTED_LINE,
                    false, LINE, ChartColors.REPORTED_LINE, ChartColors.TARGET));
        }
        return items;
    }
}
