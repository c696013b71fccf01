package org.planscore.scoring;

/**
 * The limit coefficient C of SCORING.md §1 (method 1 only). It shrinks the positive thresholds when the base value is
 * close to a natural limit such as 100 %, so that "substantial progress" stays reachable without crossing the limit.
 */
final class LimitCoefficient {
    /** The exponent 4.44 of the Statistics Canada scaling factor. */
    private static final double EXPONENT = 4.44;

    private LimitCoefficient() {
    }

    /**
     * C for base value y_b and an optional limit; 1 without a limit. Takes the observed base value, before the zero
     * replacement, as the peer does (it computes C before replacing a zero base).
     */
    static double of(double baseValue, Double limit) {
        if (limit == null) {
            return 1;
        }
        double b = Math.abs(baseValue);
        double l = Math.abs(limit);
        // Checked first so that a base and limit of 0 give C = 1 (no division by a zero limit).
        if (b >= 2 * l) {
            return 1;
        }
        if (b <= l) {
            return 1 - Math.pow(b / l, EXPONENT);
        }
        return 1 - Math.pow((2 * l - b) / l, EXPONENT);
    }
}
