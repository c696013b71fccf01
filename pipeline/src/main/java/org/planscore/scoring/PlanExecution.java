package org.planscore.scoring;

/**
 * Annual plan execution as Vietnamese reports state it (SCORING.md §3): "đạt x % kế hoạch năm" (the figure as a
 * share of the year's plan or estimate, dự toán), "so với cùng kỳ" (change against the same period of the year
 * before), and, for a part-year figure, that share against the elapsed share of the year.
 *
 * @param months          months the figure covers (12 for a full year)
 * @param percentOfPlan   figure / plan × 100
 * @param changeVsLastYear (figure / same period last year − 1) × 100, or null when last year's figure is unknown
 * @param elapsedShare    months / 12 × 100
 * @param onPace          whether percentOfPlan ≥ elapsedShare (for a full year: whether the plan is reached)
 */
public record PlanExecution(int months, double percentOfPlan, Double changeVsLastYear, double elapsedShare,
                            boolean onPace) {

    /**
     * @param value        the figure (full year or year to date) of a flow such as revenue, exports or visitors
     * @param months       1–12 months covered, from January
     * @param plan         the year's plan value, not 0
     * @param lastYearSamePeriod the same period of the year before, or null
     */
    public static PlanExecution of(double value, int months, double plan, Double lastYearSamePeriod) {
        if (months < 1 || months > 12 || plan == 0) {
            throw new IllegalArgumentException("months must be 1..12 and the plan not 0");
        }
        double percent = value / plan * 100.0;
        Double change = lastYearSamePeriod == null || lastYearSamePeriod == 0 ? null
                : (value / lastYearSamePeriod - 1) * 100.0;
        double elapsed = months / 12.0 * 100.0;
        return new PlanExecution(months, percent, change, elapsed, percent >= elapsed);
    }

    public boolean isFullYear() {
        return months == 12;
    }
}
