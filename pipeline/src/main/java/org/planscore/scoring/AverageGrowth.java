package org.planscore.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An average growth target over a period ("GRDP +13 %/yr on average 2021–2025", SCORING.md §3). Growth rates are not
 * valid inputs of the progress measure (they can be negative), so the yearly rates are chained into an index (base
 * year = 100) that is scored against 100·(1+g)^(T−b). Beside it: the average achieved so far (the geometric mean of
 * the chained rates) and the rate still required in each remaining year to reach the target average.
 *
 * @param index            the chained index from the base year (100) to the last year with an unbroken chain
 * @param targetIndex      100·(1+g)^(T−b)
 * @param achievedAverage  geometric mean growth so far, in percent, or null when no year is chained yet
 * @param requiredRate     rate in percent needed in each year from the last chained year to T, or null when no
 *                         year is left
 */
public record AverageGrowth(List<YearValue> index, double targetIndex, Double achievedAverage, Double requiredRate) {

    public static final double BASE = 100.0;

    public AverageGrowth {
        index = List.copyOf(index);
    }

    /**
     * @param ratesByYear    yearly growth rates in percent; the chain stops at the first year without a rate
     * @param baseYear       b
     * @param targetYear     T
     * @param targetRate     g in percent
     */
    public static AverageGrowth of(Map<Integer, Double> ratesByYear, int baseYear, int targetYear, double targetRate) {
        List<YearValue> index = chain(ratesByYear, baseYear);
        double targetIndex = targetIndex(targetRate, baseYear, targetYear);
        YearValue last = index.get(index.size() - 1);
        int years = last.year() - baseYear;
        Double achieved = years < 1 ? null : percent(Math.pow(last.value() / BASE, 1.0 / years) - 1);
        int left = targetYear - last.year();
        Double required = left < 1 ? null : percent(Math.pow(targetIndex / last.value(), 1.0 / left) - 1);
        return new AverageGrowth(index, targetIndex, achieved, required);
    }

    /** The index from the base year on: 100, then ×(1 + rate/100) for each following year with a rate. */
    public static List<YearValue> chain(Map<Integer, Double> ratesByYear, int baseYear) {
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
    public static double targetIndex(double ratePercent, int baseYear, int targetYear) {
        return BASE * Math.pow(1 + ratePercent / 100.0, targetYear - baseYear);
    }

    /** The last year the chain reaches. */
    public int lastChainedYear() {
        return index.get(index.size() - 1).year();
    }

    private static double percent(double rate) {
        return rate * 100.0;
    }
}
