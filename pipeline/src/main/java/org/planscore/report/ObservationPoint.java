package org.planscore.report;

/** One reported figure as a report shows it: the year, value, vintage (estimate/preliminary/official) and source. */
public record ObservationPoint(int year, double value, String vintage, String source) {
}
