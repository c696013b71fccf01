package org.planscore.scoring;

/**
 * The high / med / low cut-offs of SCORING.md §1 and the status they give a progress value P.
 * Lower bounds are inclusive: P = high is substantial progress.
 */
record ProgressThresholds(double high, double med, double low) {

    /** Method 1 (no target): 0.015·C, 0.005·C, 0 — observed annual growth of 1.5 % and 0.5 %, scaled near a limit. */
    static ProgressThresholds withoutTarget(double limitCoefficient) {
        return new ProgressThresholds(0.015 * limitCoefficient, 0.005 * limitCoefficient, 0);
    }

    /** Method 2 (target): 95 % and 60 % of the growth required to reach the target on time, and 0. */
    static ProgressThresholds withTarget() {
        return new ProgressThresholds(0.95, 0.60, 0);
    }

    ProgressStatus statusOf(double progressValue) {
        if (progressValue >= high) {
            return ProgressStatus.SUBSTANTIAL_PROGRESS;
        }
        if (progressValue >= med) {
            return ProgressStatus.MODERATE_PROGRESS;
        }
        if (progressValue >= low) {
            return ProgressStatus.LIMITED_PROGRESS;
        }
        return ProgressStatus.DETERIORATION;
    }
}
