package org.planscore.assessment;

/**
 * How a report words what it computes, as the installation configures it.
 *
 * @param minCoverage the share of a pillar's (or the plan's) targets that must have a score before its mean is given
 *                    a status; below it the report says "too few figures" and colours it neutral
 *                    ({@code planscore.report.min-coverage}, default one half)
 */
public record ReportOptions(double minCoverage) {

    public static final double DEFAULT_MIN_COVERAGE = 0.5;
    public static final ReportOptions DEFAULTS = new ReportOptions(DEFAULT_MIN_COVERAGE);

    public ReportOptions {
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("planscore.report.min-coverage must be between 0 and 1, not "
                    + minCoverage);
        }
    }
}
