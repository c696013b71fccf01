package org.planscore.plan;

import java.util.List;

/**
 * A plan catalogue: its pillars and targets, loaded from {@code config/plans/<id>.yml}, and the city's own year-end
 * assessments of its yearly plans (empty when none is known).
 */
public record Plan(String id, LocalizedText title, String area, List<Pillar> pillars, List<PlanTarget> targets,
                   List<CityAssessment> cityAssessments) {
    public Plan {
        pillars = List.copyOf(pillars);
        targets = List.copyOf(targets);
        cityAssessments = cityAssessments == null ? List.of() : List.copyOf(cityAssessments);
    }

    /** A plan without city assessments. */
    public Plan(String id, LocalizedText title, String area, List<Pillar> pillars, List<PlanTarget> targets) {
        this(id, title, area, pillars, targets, List.of());
    }

    /** The targets that count in the assessment (role main). */
    public List<PlanTarget> mainTargets() {
        return targets.stream().filter(PlanTarget::isMain).toList();
    }

    /** The city's assessment of a year's plan, if known. */
    public java.util.Optional<CityAssessment> cityAssessment(int year) {
        return cityAssessments.stream().filter(a -> a.year() == year).findFirst();
    }
}
