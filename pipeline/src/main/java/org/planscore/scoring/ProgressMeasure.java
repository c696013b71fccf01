package org.planscore.scoring;

/**
 * The Open SDG / Statistics Canada progress measure for one series, exactly as SCORING.md §1 states it. Only the base
 * and latest values enter it. Method 1 applies when the series has no target, method 2 when it has one.
 *
 * <p>Where the peer implementation (open-sdg/sdg-build {@code ProgressMeasure.py}) would crash — target year equal
 * to the base year, target equal to the base, a target of the other sign than the base — P is null here
 * (not available); the target-achieved check still applies.
 */
public final class ProgressMeasure {
    private ProgressMeasure() {
    }

    /**
     * Assesses one series.
     *
     * @throws IllegalArgumentException when the spec itself is unusable: duplicate years, non-finite values, or a
     *                                  target without a target year
     */
    public static ProgressResult assess(SeriesSpec spec) {
        requireConsistent(spec);
        SeriesEndpoints endpoints = SeriesEndpoints.of(spec.points(), spec.baseYear());
        YearValue base = endpoints.base();
        YearValue latest = endpoints.latest();

        // §1: target achieved is checked first, from the latest value alone, even when P is null.
        boolean achieved = latest != null && targetAchieved(spec, latest.value());
        Double progressValue = base == null ? null : progressValue(spec, base, latest);

        ProgressStatus status;
        Double score;
        if (achieved) {
            status = ProgressStatus.TARGET_ACHIEVED;
            score = ProgressScore.TARGET_ACHIEVED;
        } else if (progressValue == null) {
            status = ProgressStatus.NOT_AVAILABLE;
            score = null;
        } else {
            status = thresholds(spec, base).statusOf(progressValue);
            score = score(spec, base, progressValue);
        }
        return new ProgressResult(
                base == null ? null : base.year(), base == null ? null : base.value(),
                latest == null ? null : latest.year(), latest == null ? null : latest.value(),
                progressValue, status, score);
    }

    private static void requireConsistent(SeriesSpec spec) {
        if (spec.target() != null && spec.targetYear() == null) {
            throw new IllegalArgumentException("a target needs a target year");
        }
        if (spec.target() != null && !Double.isFinite(spec.target())) {
            throw new IllegalArgumentException("target is not a finite number");
        }
        if (spec.limit() != null && !Double.isFinite(spec.limit())) {
            throw new IllegalArgumentException("limit is not a finite number");
        }
    }

    private static boolean hasTarget(SeriesSpec spec) {
        return spec.target() != null;
    }

    /**
     * §1 target achieved: d = +1 and y_t ≥ y_T, or d = −1 and y_t ≤ y_T. Compares with the zero-replaced target
     * (0.001 for a target of 0), as the peer does: it replaces the target before this check.
     */
    private static boolean targetAchieved(SeriesSpec spec, double latestValue) {
        if (!hasTarget(spec)) {
            return false;
        }
        double target = ZeroReplacement.forCalculation(spec.target());
        return spec.direction() == Direction.INCREASE ? latestValue >= target : latestValue <= target;
    }

    /** §1 progress value P, or null when it is not available. */
    private static Double progressValue(SeriesSpec spec, YearValue base, YearValue latest) {
        double baseValue = ZeroReplacement.forCalculation(base.value());
        double latestValue = latest.value();
        // §1: the growth model needs both values on the same side of zero.
        if (oppositeSigns(baseValue, latestValue)) {
            return null;
        }
        // §1: at least one year between base and latest.
        if (latest.year() - base.year() < 1) {
            return null;
        }
        // §1: s·d, where s = −1 for a negative base flips the desired direction of a negative series.
        int signedDirection = sign(base.value()) * spec.direction().sign();
        double observedGrowth = CompoundGrowth.cagr(latestValue, baseValue, latest.year(), base.year());
        if (!hasTarget(spec)) {
            return signedDirection * observedGrowth; // method 1
        }
        Double requiredGrowth = requiredGrowth(spec, baseValue, base.year());
        if (requiredGrowth == null) {
            return null;
        }
        return signedDirection * observedGrowth / Math.abs(requiredGrowth); // method 2
    }

    private static boolean oppositeSigns(double baseValue, double latestValue) {
        return (baseValue > 0 && latestValue < 0) || (baseValue < 0 && latestValue > 0);
    }

    /** §1 s: −1 if y_b &lt; 0 else +1. */
    private static int sign(double baseValue) {
        return baseValue < 0 ? -1 : 1;
    }

    /**
     * §1 method 2 denominator CAGR(y_T, y_b, T, b), or null where it is undefined and the peer crashes or returns a
     * meaningless number: T = b (division by zero), y_T = y_b (zero required growth), or y_T and y_b of opposite
     * signs (no real root; the methodology requires all values on one side of zero).
     */
    private static Double requiredGrowth(SeriesSpec spec, double baseValue, int baseYear) {
        double target = ZeroReplacement.forCalculation(spec.target());
        if (spec.targetYear() == baseYear || oppositeSigns(baseValue, target)) {
            return null;
        }
        double growth = CompoundGrowth.cagr(target, baseValue, spec.targetYear(), baseYear);
        return growth == 0 || !Double.isFinite(growth) ? null : growth;
    }

    /** §1 limit coefficient C: method 1 only, from the observed base value. */
    private static double limitCoefficient(SeriesSpec spec, YearValue base) {
        return LimitCoefficient.of(base.value(), spec.limit());
    }

    private static ProgressThresholds thresholds(SeriesSpec spec, YearValue base) {
        return hasTarget(spec)
                ? ProgressThresholds.withTarget()
                : ProgressThresholds.withoutTarget(limitCoefficient(spec, base));
    }

    private static double score(SeriesSpec spec, YearValue base, double progressValue) {
        if (hasTarget(spec)) {
            return ProgressScore.withTarget(progressValue);
        }
        double c = limitCoefficient(spec, base);
        return ProgressScore.withoutTarget(progressValue, c, ProgressThresholds.withoutTarget(c));
    }
}
