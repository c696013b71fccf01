package org.planscore.scoring;

/**
 * SCORING.md §1: a base or target of 0 would make the growth model divide by zero or never move, so it is replaced
 * by 0.001 for the calculation only; reported values keep the observed 0.
 */
final class ZeroReplacement {
    static final double REPLACEMENT = 0.001;

    private ZeroReplacement() {
    }

    static double forCalculation(double value) {
        return value == 0 ? REPLACEMENT : value;
    }
}
