package org.planscore.assessment;

import java.util.List;
import java.util.Optional;

import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.scoring.ProgressResult;

/**
 * A plan target with the series that measured it, the Open SDG result of scoring it (SCORING.md §1) and the
 * assessment a Vietnamese plan asks for (verdict, forward view, type-specific figures).
 */
public record ScoredTarget(PlanTarget target, List<ObservationPoint> series, ProgressResult result,
                           Assessment assessment) {
    public ScoredTarget {
        series = List.copyOf(series);
        assessment = assessment == null ? Assessment.NONE : assessment;
    }

    /** A scored target without an assessment (verdict in progress, no forward view). */
    public ScoredTarget(PlanTarget target, List<ObservationPoint> series, ProgressResult result) {
        this(target, series, result, Assessment.NONE);
    }

    /**
     * The figure reported for {@code year}, as published. Reports show these rather than the values inside the
     * result, which for a growth target are points of the chained index, not the rates people know.
     */
    public Optional<ObservationPoint> reportedIn(Integer year) {
        return year == null ? Optional.empty() : series.stream().filter(p -> p.year() == year).findFirst();
    }

    /** Growth targets state a rate to hold each year, so their path is flat; other targets move from the base. */
    public boolean targetIsRate() {
        return target.type() == TargetType.GROWTH_AVG || target.type() == TargetType.ANNUAL_GROWTH;
    }
}
