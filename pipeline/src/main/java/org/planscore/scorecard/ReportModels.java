package org.planscore.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.planscore.plan.Plan;
import org.planscore.plan.PlanTarget;
import org.planscore.report.ReportModel;
import org.planscore.report.ReportOptions;
import org.planscore.report.ScoredTarget;
import org.planscore.store.ObservationRepository;
import org.planscore.store.StoredObservation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Scores every target of a plan on the stored figures, giving the model a report renders. */
@Component
public class ReportModels {

    private final ObservationRepository observations;
    private final ReportOptions options;

    public ReportModels(ObservationRepository observations,
                        @Value("${planscore.report.min-coverage:0.5}") double minCoverage) {
        this.observations = observations;
        this.options = new ReportOptions(minCoverage);
    }

    public ReportModel build(Plan plan, LocalDate asOf, Locale locale) {
        Map<String, List<StoredObservation>> byIndicator = new HashMap<>();
        List<String> codes = observations.indicators();
        List<ScoredTarget> scored = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            List<String> partYear = codes.stream()
                    .filter(code -> PartYear.months(target.indicator(), code).isPresent()).toList();
            scored.add(TargetScorer.score(target,
                    code -> byIndicator.computeIfAbsent(code, observations::findByIndicator), partYear, asOf));
        }
        return new ReportModel(plan, asOf, locale, scored, options);
    }
}
