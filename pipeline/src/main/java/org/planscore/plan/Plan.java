package org.planscore.plan;

import java.util.List;

/** A plan catalogue: its pillars and targets, loaded from {@code config/plans/<id>.yml}. */
public record Plan(String id, LocalizedText title, String area, List<Pillar> pillars, List<PlanTarget> targets) {
    public Plan {
        pillars = List.copyOf(pillars);
        targets = List.copyOf(targets);
    }
}
