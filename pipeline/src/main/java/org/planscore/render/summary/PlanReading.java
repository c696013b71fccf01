package org.planscore.render.summary;

import java.util.List;
import java.util.function.Predicate;

import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.plan.Plan;
import org.planscore.plan.PlanTarget;

/**
 * How the report reads the plan beyond the scores: which targets count (the plan's main targets are counted,
 * averaged and listed as most behind; the others are shown for reference only), and the city's own year-end
 * counts. {@link #of(Plan)} is the one place that reads these from the plan catalogue.
 *
 * @param isMain    whether a target is a main target of its plan
 * @param cityYears the city's year-end counts, by year; empty when the catalogue gives none
 */
public record PlanReading(Predicate<PlanTarget> isMain, List<CityYearCount> cityYears) {

    public PlanReading {
        cityYears = cityYears == null ? List.of() : List.copyOf(cityYears);
    }

    /** The reading of a plan as the catalogue states it: its targets' roles and the city's yearly counts. */
    public static PlanReading of(Plan plan) {
        return new PlanReading(PlanTarget::isMain, plan.cityAssessments().stream()
                .map(a -> new CityYearCount(a.year(), a.met(), a.total(), a.missed(), a.source()))
                .toList());
    }

    public boolean isMain(ScoredTarget target) {
        return isMain.test(target.target());
    }

    /** The report on the main targets only: what the counts, means and most-behind list rest on. */
    public ReportModel mainOnly(ReportModel model) {
        return model.withTargets(model.targets().stream().filter(this::isMain).toList());
    }

    /** How many targets the report shows for reference only. */
    public int referenceCount(ReportModel model) {
        return (int) model.targets().stream().filter(t -> !isMain(t)).count();
    }
}
