package org.planscore.render.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.util.List;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Draws the reported series with a filled circle for official figures and a hollow diamond for estimates
 * and preliminary figures, so a reader sees at a glance which points may still be revised.
 * Series 0 is the reported series; other series keep the normal per-series look.
 */
final class VintageMarkerRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    static final Shape OFFICIAL_SHAPE = ChartShapes.circle(7);
    static final Shape ESTIMATE_SHAPE = ChartShapes.diamond(10);

    private final List<Boolean> provisional;

    /** @param provisional per item of series 0: true for an estimate or preliminary figure */
    VintageMarkerRenderer(List<Boolean> provisional) {
        super(true, true);
        this.provisional = List.copyOf(provisional);
        setUseFillPaint(true);
        setUseOutlinePaint(true);
        setDrawOutlines(true);
    }

    private boolean isProvisional(int series, int item) {
        return series == 0 && item < provisional.size() && provisional.get(item);
    }

    @Override
    public Shape getItemShape(int series, int item) {
        if (series == 0) {
            return isProvisional(series, item) ? ESTIMATE_SHAPE : OFFICIAL_SHAPE;
        }
        return super.getItemShape(series, item);
    }

    @Override
    public Paint getItemFillPaint(int series, int item) {
        if (series == 0) {
            return isProvisional(series, item) ? Color.WHITE : ChartColors.REPORTED;
        }
        return super.getItemPaint(series, item);
    }

    @Override
    public Paint getItemOutlinePaint(int series, int item) {
        if (series == 0) {
            return isProvisional(series, item) ? ChartColors.ESTIMATE : ChartColors.REPORTED;
        }
        return super.getItemPaint(series, item);
    }
}
