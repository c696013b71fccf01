package org.planscore.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/** Colours and strokes of the target chart, kept apart so the legend and the lines cannot drift. */
final class ChartColors {

    static final Color REPORTED = new Color(0x1F, 0x4E, 0x79);
    static final Color ESTIMATE = new Color(0xD9, 0x7B, 0x29);
    static final Color TARGET_PATH = new Color(0x7A, 0x7A, 0x7A);
    static final Color TARGET = new Color(0xC6, 0x28, 0x28);

    static final Stroke REPORTED_LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke TARGET_PATH_LINE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {5f, 4f}, 0f);

    static final Color PERIMETER = new Color(0x55, 0x55, 0x55);
    static final Stroke PERIMETER_LINE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {2f, 3f}, 0f);

    static final Color PROJECTION = new Color(0x6A, 0x3D, 0x9A);
    static final Stroke PROJECTION_LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            10f, new float[] {1.5f, 3.5f}, 0f);

    private ChartColors() {
    }
}
