package org.planscore.scoring;

import java.util.ArrayList;
import java.util.List;

/** Test shorthand: {@code Points.of(2015, 60, 2022, 70)} is the series 2015 → 60, 2022 → 70. */
final class Points {
    private Points() {
    }

    static List<YearValue> of(double... yearValuePairs) {
        List<YearValue> points = new ArrayList<>();
        for (int i = 0; i < yearValuePairs.length; i += 2) {
            points.add(new YearValue((int) yearValuePairs[i], yearValuePairs[i + 1]));
        }
        return points;
    }
}
