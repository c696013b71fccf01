package org.planscore.scoring;

/**
 * The outcome of the progress measure for one series. Null fields mean "not available", never zero.
 *
 * @param baseYearUsed  the base year actually used (the configured one or the first later year with a value)
 * @param baseValue     y_b
 * @param currentYear   t, the latest year with a value
 * @param currentValue  y_t
 * @param progressValue P
 * @param status        the status
 * @param score         the score from -5 to +5, or null when P is null and the target is not achieved
 */
public record ProgressResult(Integer baseYearUsed, Double baseValue, Integer currentYear, Double currentValue,
                             Double progressValue, ProgressStatus status, Double score) {
}
