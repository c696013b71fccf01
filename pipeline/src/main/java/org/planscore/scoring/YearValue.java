package org.planscore.scoring;

/** One annual value of a series. */
public record YearValue(int year, double value) {
}
