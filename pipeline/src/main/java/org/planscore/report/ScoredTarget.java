package org.planscore.report;

import java.util.List;

import org.planscore.plan.PlanTarget;
import org.planscore.scoring.ProgressResult;

/** A plan target with the series that measured it and the result of scoring it. */
public record ScoredTarget(PlanTarget target, List<ObservationPoint> series, ProgressResult result) {
    public ScoredTarget {
        series = List.copyOf(series);
    }
}
