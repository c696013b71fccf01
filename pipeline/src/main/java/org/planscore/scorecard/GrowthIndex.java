package org.planscore.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.planscore.scoring.YearValue;

/**
 * Growth rates are not valid inputs of the progress measure (they can be negative), so a growth target is scored
 * on an index chained from the yearly rates: 100 in the base year, times (1 + rate/100) for each following year
 * (SCORING.md §3). The chain stops at the first year without a rate.
 */
final class GrowthIndex {

    static final double BASE = 100.0;

    private GrowthIndex() {
    }

    /** The index series from the base year on, from yearly growth rates in percent. */
    static List<YearValue> chain(Map<Integer, Double> ratesByYear, int baseYear) {
        List<YearValue> index = new ArrayList<>();
        index.add(new YearValue(baseYear, BASE));
        double level = BASE;
        for (int year = baseYear + 1; ratesByYear.containsKey(year); year++) {
            level *= 1 + ratesByYear.get(year) / 100.0;
            index.add(new YearValue(year, level));
        }
        return index;
    }

    /** Where the index would stand in the target year if the target rate held every year. */
    static double target(double ratePercent, int baseYear, int targetYear) {
        return BASE * Math.pow(1 + ratePercent / 100.0, targetYear - baseYear);
    }
}
