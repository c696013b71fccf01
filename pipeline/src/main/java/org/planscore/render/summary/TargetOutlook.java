package org.planscore.render.summary;

import java.util.List;

import org.planscore.assessment.Assessment;
import org.planscore.assessment.ScoredTarget;
import org.planscore.scoring.AverageGrowth;
import org.planscore.scoring.ForwardView;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.SeriesSpec;

/**
 * What a target's trend says about the years left, from {@link ForwardView} (SCORING.md §2): the growth achieved
 * so far, the value the UNSD projection expects in the target year, and the yearly rate the remaining years now
 * need. Computed, never typed in. Every field but the years may be null when the view cannot be computed.
 *
 * <p>For a growth target (scored on the index chained from yearly rates) the index's growth is the average yearly
 * rate itself, so {@code achievedRate} is the average growth achieved and {@code requiredRate} the average growth the
 * remaining years need, both in percent; {@code projectedValue} is then that achieved rate held to the target year.
 *
 * @param achievedRate    average yearly growth from the base to the latest year, in percent
 * @param requiredRate    yearly growth needed from the latest year to reach the target, in percent
 * @param projectedValue  the value in the target year if the achieved growth holds (UNSD v_e), in the target's unit
 * @param latestYear      t, the first year of the projection
 * @param targetYear      T
 */
public record TargetOutlook(Double achievedRate, Double requiredRate, Double projectedValue, Integer latestYear,
                            Integer targetYear) {

    private static final TargetOutlook NONE = new TargetOutlook(null, null, null, null, null);
    private static final double INDEX_BASE = 100.0;

    public boolean hasProjection() {
        return projectedValue != null && latestYear != null && targetYear != null && targetYear > latestYear;
    }

    /**
     * The outlook of a scored target: the plan model's (its forward view and, for an average growth target, the
     * achieved average and the rate still required) when the scorer supplied one, else computed here from the
     * result with {@link ForwardView}.
     */
    public static TargetOutlook of(ScoredTarget scored) {
        Assessment assessment = scored.assessment();
        if (assessment != null && (assessment.forward() != null || assessment.growth() != null)) {
            return fromAssessment(scored, assessment);
        }
        return computed(scored);
    }

    private static TargetOutlook fromAssessment(ScoredTarget scored, Assessment assessment) {
        int targetYear = scored.target().targetYear();
        AverageGrowth growth = assessment.growth();
        ForwardView forward = assessment.forward();
        if (growth != null) {
            return new TargetOutlook(growth.achievedAverage(), growth.requiredRate(), growth.achievedAverage(),
                    growth.lastChainedYear(), targetYear);
        }
        Integer latest = scored.result() == null ? null : scored.result().currentYear();
        Double achieved = percent(forward.observedAnnualRate());
        // A one-year rate target's "projection" is the achieved rate held; a level's is UNSD v_e.
        Double projected = scored.targetIsRate() ? achieved : forward.projectedValue();
        return new TargetOutlook(achieved, assessment.requiredRatePercent(), projected, latest, targetYear);
    }

    private static TargetOutlook computed(ScoredTarget scored) {
        ProgressResult result = scored.result();
        Double target = scored.target().targetValue();
        if (result == null || target == null || result.currentYear() == null || result.baseYearUsed() == null
                || result.currentValue() == null || result.baseValue() == null) {
            return NONE;
        }
        int targetYear = scored.target().targetYear();
        // ForwardView reads only the target and its year from the spec; the series itself is already in the result.
        double specTarget = scored.targetIsRate()
                ? INDEX_BASE * Math.pow(1 + target / 100.0, targetYear - scored.target().baseYear())
                : target;
        SeriesSpec spec = new SeriesSpec(List.of(), scored.target().baseYear(), targetYear, specTarget,
                scored.target().direction(), null);
        ForwardView view = ForwardView.of(spec, result);
        if (view.observedAnnualRate() == null && view.requiredAnnualRate() == null) {
            // No years left (or no P): the growth achieved is still worth saying.
            return new TargetOutlook(percent(achieved(result)), null, null, result.currentYear(), targetYear);
        }
        Double achieved = percent(view.observedAnnualRate());
        Double required = percent(view.requiredAnnualRate());
        Double projected = scored.targetIsRate() ? achieved : view.projectedValue();
        return new TargetOutlook(achieved, required, projected, result.currentYear(), targetYear);
    }

    /** CAGR from the base to the latest year, or null when it has no meaning (one year, a zero or negative value). */
    private static Double achieved(ProgressResult result) {
        int years = result.currentYear() - result.baseYearUsed();
        if (years <= 0 || result.baseValue() <= 0 || result.currentValue() <= 0) {
            return null;
        }
        double rate = Math.pow(result.currentValue() / result.baseValue(), 1.0 / years) - 1;
        return Double.isFinite(rate) ? rate : null;
    }

    private static Double percent(Double fraction) {
        return fraction == null ? null : fraction * 100.0;
    }
}
