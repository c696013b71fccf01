package org.planscore.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planscore.ingest.Observation;
import org.planscore.plan.PlanTarget;
import org.planscore.plan.TargetType;
import org.planscore.report.ObservationPoint;
import org.planscore.report.ScoredTarget;
import org.planscore.scoring.ProgressMeasure;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.SeriesSpec;
import org.planscore.scoring.YearValue;
import org.planscore.store.StoredObservation;

/**
 * Scores one plan target on the figures stored for its indicator, turning what the plan states (SCORING.md §3)
 * into a series for the progress measure (§1). Pure: records in, records out.
 */
public final class TargetScorer {

    private static final double SHARE_LIMIT = 100.0;

    private TargetScorer() {
    }

    public static ScoredTarget score(PlanTarget target, List<StoredObservation> stored, LocalDate asOf) {
        Map<Integer, Observation> annual = AnnualSeries.select(stored, target.area(), asOf);
        List<ObservationPoint> shown = new ArrayList<>();
        annual.forEach((year, o) -> shown.add(new ObservationPoint(year, o.value(), o.vintage().code(), o.source())));
        ProgressResult result = ProgressMeasure.assess(spec(target, annual));
        return new ScoredTarget(target, shown, result);
    }

    static SeriesSpec spec(PlanTarget target, Map<Integer, Observation> annual) {
        if (isGrowth(target.type())) {
            Map<Integer, Double> rates = new LinkedHashMap<>();
            annual.forEach((year, o) -> rates.put(year, o.value()));
            List<YearValue> index = GrowthIndex.chain(rates, target.baseYear());
            Double targetIndex = target.targetValue() == null ? null
                    : GrowthIndex.target(target.targetValue(), target.baseYear(), target.targetYear());
            return new SeriesSpec(index, target.baseYear(), target.targetYear(), targetIndex, target.direction(), null);
        }
        List<YearValue> points = new ArrayList<>();
        annual.forEach((year, o) -> points.add(new YearValue(year, o.value())));
        Double limit = target.limit() != null ? target.limit()
                : target.type() == TargetType.SHARE ? Double.valueOf(SHARE_LIMIT) : null;
        return new SeriesSpec(points, target.baseYear(), target.targetYear(), target.targetValue(), target.direction(),
                limit);
    }

    private static boolean isGrowth(TargetType type) {
        return type == TargetType.GROWTH_AVG || type == TargetType.ANNUAL_GROWTH;
    }
}
