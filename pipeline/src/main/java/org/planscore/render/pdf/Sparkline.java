package org.planscore.render.pdf;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.planscore.assessment.ObservationPoint;
import org.planscore.render.summary.DataQuality;

/**
 * A word-sized trend line of a target's reported series for tables: vector strokes, no axes; official figures as
 * dots, estimates and preliminary figures as hollow dots, the latest figure larger.
 */
final class Sparkline {

    private static final float DOT = 1.3f;

    private Sparkline() {
    }

    /** Draws into the box whose top-left corner is (x, top); nothing when the series has fewer than one point. */
    static void draw(PDPageContentStream stream, List<ObservationPoint> series, float x, float top, float width,
                     float height) throws IOException {
        List<ObservationPoint> points = series.stream().sorted(Comparator.comparingInt(ObservationPoint::year)).toList();
        if (points.isEmpty()) {
            return;
        }
        int firstYear = points.get(0).year();
        int lastYear = points.get(points.size() - 1).year();
        double min = points.stream().mapToDouble(ObservationPoint::value).min().orElse(0);
        double max = points.stream().mapToDouble(ObservationPoint::value).max().orElse(0);
        float pad = DOT + 1;
        float innerWidth = width - 2 * pad;
        float innerHeight = height - 2 * pad;
        float[] xs = new float[points.size()];
        float[] ys = new float[points.size()];
        for (int i = 0; i < points.size(); i++) {
            ObservationPoint p = points.get(i);
            xs[i] = x + pad + (lastYear == firstYear ? innerWidth / 2
                    : innerWidth * (p.year() - firstYear) / (float) (lastYear - firstYear));
            ys[i] = top - height + pad + (max == min ? innerHeight / 2
                    : (float) (innerHeight * (p.value() - min) / (max - min)));
        }
        stream.setStrokingColor(ReportColors.HEADING);
        stream.setLineWidth(0.9f);
        if (points.size() > 1) {
            stream.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                stream.lineTo(xs[i], ys[i]);
            }
            stream.stroke();
        }
        for (int i = 0; i < xs.length; i++) {
            boolean last = i == xs.length - 1;
            float r = last ? DOT * 1.4f : DOT;
            if (DataQuality.isProvisional(points.get(i).vintage())) {
                stream.setNonStrokingColor(java.awt.Color.WHITE);
                stream.setStrokingColor(ReportColors.ESTIMATE);
                stream.setLineWidth(0.6f);
                Shapes.circle(stream, xs[i], ys[i], r);
                stream.fillAndStroke();
            } else {
                stream.setNonStrokingColor(ReportColors.HEADING);
                Shapes.circle(stream, xs[i], ys[i], r);
                stream.fill();
            }
        }
    }
}
