package org.planscore.scoring;

/**
 * The −5 … +5 score of SCORING.md §1, a piecewise-linear map of P used to average several series. The four-decimal
 * constants of method 2 are the peer's and are used exactly as written so that scores match it.
 */
final class ProgressScore {
    static final double TARGET_ACHIEVED = 5;
    private static final double MAX = 5;
    private static final double MIN = -5;

    private ProgressScore() {
    }

    /**
     * Method 1 (no target), thresholds already scaled by C. With x = P/C the positive branches map 0, 0.5 %, 1.5 %,
     * 2 % of growth to −2.5, 0, 2.5, 5. Computed as 500·P/C (not 500·(P/C)) to follow the peer's operation order.
     */
    static double withoutTarget(double p, double limitCoefficient, ProgressThresholds thresholds) {
        if (p < thresholds.low()) {
            // Deterioration is not scaled by C: moving away from the desired direction is equally bad near a limit.
            return Math.max(125 * p - 2.5, MIN);
        }
        if (limitCoefficient == 0) {
            // Base at the limit and P ≥ 0: the limit is held or exceeded, which is the best one can do.
            return MAX;
        }
        if (p >= thresholds.high()) {
            return Math.min(500 * p / limitCoefficient - 5, MAX);
        }
        if (p >= thresholds.med()) {
            return 250 * p / limitCoefficient - 1.25;
        }
        return 500 * p / limitCoefficient - 2.5;
    }

    /** Method 2 (target): maps P = 0.6 to 0 and 1.3 to +5 above, −0.6 to −5 below, clamped to ±5. */
    static double withTarget(double p) {
        if (p >= 0.6) {
            return Math.min(7.1429 * p - 4.2857, MAX);
        }
        return Math.max(4.1667 * p - 2.5, MIN);
    }
}
