package org.planscore.scoring;

/** The compound annual growth rate of SCORING.md §1: CAGR(v1, v0, t1, t0) = (v1/v0)^(1/(t1−t0)) − 1. */
final class CompoundGrowth {
    private CompoundGrowth() {
    }

    /**
     * The CAGR from (t0, v0) to (t1, v1). Returns NaN when v1/v0 is negative and the root is not real, and an
     * infinite or NaN value when t1 = t0; callers decide what an undefined rate means.
     */
    static double cagr(double v1, double v0, int t1, int t0) {
        return Math.pow(v1 / v0, 1.0 / (t1 - t0)) - 1;
    }
}
