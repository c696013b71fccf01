package org.planscore.scoring;

/**
 * A total over a period ("16,555 social-housing units in 2021–2025", SCORING.md §3): the total to date against the
 * target, the total projected to the end of the period at the trend so far (the mean yearly flow of the years
 * elapsed, held for the years left), and a status from projected/target with the §1 method-2 cut-offs (0.95 / 0.60 /
 * 0) and method-2 score. The target counts as achieved as soon as the total to date reaches it.
 *
 * @param toDate        the total from b+1 to the latest year t
 * @param latestYear    t
 * @param projected     toDate·(T − b)/(t − b)
 * @param ratio         projected / target: the share of the target the trend reaches by T
 * @param status        target achieved, or the status of the ratio
 * @param score         5 when achieved, else the method-2 score of the ratio
 */
public record CumulativeTotal(double toDate, int latestYear, double projected, double ratio, ProgressStatus status,
                              double score) {

    /**
     * @param toDate     total of the period so far (a reported running total, or the sum of the yearly flows)
     * @param latestYear the last year the total covers, after the base year
     * @param baseYear   b: the period runs from b+1 to T
     * @param targetYear T
     * @param target     the total to reach, greater than 0
     */
    public static CumulativeTotal of(double toDate, int latestYear, int baseYear, int targetYear, double target) {
        if (latestYear <= baseYear || targetYear <= baseYear || !(target > 0)) {
            throw new IllegalArgumentException("a period total needs b < t, b < T and a target above 0");
        }
        int elapsed = Math.min(latestYear, targetYear) - baseYear;
        double projected = toDate * (targetYear - baseYear) / elapsed;
        double ratio = projected / target;
        if (toDate >= target) {
            return new CumulativeTotal(toDate, latestYear, projected, ratio, ProgressStatus.TARGET_ACHIEVED,
                    ProgressScore.TARGET_ACHIEVED);
        }
        return new CumulativeTotal(toDate, latestYear, projected, ratio,
                ProgressThresholds.withTarget().statusOf(ratio), ProgressScore.withTarget(ratio));
    }
}
