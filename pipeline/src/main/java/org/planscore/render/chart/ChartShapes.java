package org.planscore.render.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** Marker shapes centred on the origin, as JFreeChart expects item shapes. */
final class ChartShapes {

    private ChartShapes() {
    }

    static Shape circle(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }

    static Shape diamond(double size) {
        double h = size / 2;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -h);
        p.lineTo(h, 0);
        p.lineTo(0, h);
        p.lineTo(-h, 0);
        p.closePath();
        return p;
    }

    /** A flag-like triangle pointing up: the target to reach. */
    static Shape triangle(double size) {
        double h = size / 2;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -h);
        p.lineTo(h, h);
        p.lineTo(-h, h);
        p.closePath();
        return p;
    }
}
