package org.planscore.scoring;

/**
 * The forward-looking view of SCORING.md §2 (UN Statistics Division, SDG Report 2023): project the observed growth
 * from the latest year to the target year and ask what share of the base-to-target gap it would close. Every field
 * is null when the view cannot be computed: no target, target year not after the latest year, or P not available.
 *
 * @param observedAnnualRate  CAGR(y_t, y_b, t, b), the growth projected forward
 * @param projectedValue      v_e = y_t·(1 + CAGR)^(T − t), the value expected at T at that growth
 * @param pe                  P_e = (v_e − y_b)/(y_T − y_b)
 * @param forwardClass        the class from P_e
 * @param requiredAnnualRate  (y_T/y_t)^(1/(T − t)) − 1, the growth still needed each year from the latest year
 */
public record ForwardView(Double observedAnnualRate, Double projectedValue, Double pe, ForwardClass forwardClass,
                          Double requiredAnnualRate) {

    private static final ForwardView NOT_COMPUTABLE = new ForwardView(null, null, null, null, null);

    /** The view for a series already assessed with {@link ProgressMeasure#assess}. */
    public static ForwardView of(SeriesSpec spec, ProgressResult result) {
        if (spec.target() == null || spec.targetYear() == null || result.progressValue() == null
                || spec.targetYear() <= result.currentYear()) {
            return NOT_COMPUTABLE;
        }
        double baseValue = result.baseValue();
        double latestValue = result.currentValue();
        double target = spec.target();
        int yearsLeft = spec.targetYear() - result.currentYear();

        // Same growth as §1 (zero base replaced for the calculation) so both views rest on one trend.
        double observed = CompoundGrowth.cagr(latestValue, ZeroReplacement.forCalculation(baseValue),
                result.currentYear(), result.baseYearUsed());
        double projected = latestValue * Math.pow(1 + observed, yearsLeft);
        Double pe = finiteOrNull((projected - baseValue) / (target - baseValue));
        Double required = finiteOrNull(Math.pow(target / latestValue, 1.0 / yearsLeft) - 1);
        return new ForwardView(observed, projected, pe, pe == null ? null : ForwardClass.of(pe), required);
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
