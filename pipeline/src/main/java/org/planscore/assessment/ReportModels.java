package org.planscore.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.planscore.assessment.mapping.DerivedFigures;
import org.planscore.assessment.mapping.Mappings;
import org.planscore.assessment.mapping.PlanMappings;
import org.planscore.plan.Plan;
import org.planscore.plan.PlanTarget;
import org.planscore.store.ObservationRepository;
import org.planscore.store.StoredObservation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Scores every target of a plan on the stored figures, giving the model a report renders. */
@Component
public class ReportModels {

    private final ObservationRepository observations;
    private final ReportOptions options;
    private final PlanMappings mappings;

    public ReportModels(ObservationRepository observations, PlanMappings mappings,
                        @Value("${planscore.report.min-coverage:0.5}") double minCoverage) {
        this.observations = observations;
        this.mappings = mappings;
        this.options = new ReportOptions(minCoverage);
    }

    public ReportModel build(Plan plan, LocalDate asOf, Locale locale) {
        Map<String, List<StoredObservation>> byIndicator = new HashMap<>();
        List<String> codes = observations.indicators();
        Mappings inForce = mappings.mappings();
        // Mapped figures are derived here, when figures are read for scoring: a mapping edit counts at the next report.
        Function<String, List<StoredObservation>> figures = DerivedFigures.over(
                code -> byIndicator.computeIfAbsent(code, observations::findByIndicator), inForce);
        List<ScoredTarget> scored = new ArrayList<>();
        for (PlanTarget target : plan.targets()) {
            List<String> partYear = new ArrayList<>(codes.stream()
                    .filter(code -> PartYear.months(target.indicator(), code).isPresent()).toList());
            DerivedFigures.partYearCodes(target.indicator(), inForce).stream()
                    .filter(code -> !partYear.contains(code)).forEach(partYear::add);
            scored.add(TargetScorer.score(target, figures, partYear, asOf, inForce::rank));
        }
        return new ReportModel(plan, asOf, locale, scored, options);
    }
}
