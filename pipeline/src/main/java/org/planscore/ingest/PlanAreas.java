package org.planscore.ingest;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.planscore.config.PlanScoreProperties;
import org.planscore.ingest.area.Gazetteer;
import org.planscore.plan.Plan;
import org.planscore.plan.Plans;

/**
 * The areas the plans score, as the gazetteer names them ("Hải Phòng"): what a file's figures are counted for when
 * the analyst is told what the file gave.
 */
public final class PlanAreas {

    private PlanAreas() {
    }

    public static Set<String> of(List<Plan> plans) {
        Set<String> areas = new LinkedHashSet<>();
        for (Plan plan : plans) {
            if (plan.area() != null) {
                areas.add(Gazetteer.standard().find(plan.area()).map(m -> m.area().name()).orElse(plan.area()));
            }
        }
        return areas;
    }

    /** The areas of the plans {@code plans} loads; none when they cannot be loaded (a note is never worth a failure). */
    public static Set<String> loadedFrom(Plans plans) {
        try {
            return of(plans.load(null));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    /** The areas of the plans in {@code <planscore.home>/config/plans}, else of the packaged plans; none if unreadable. */
    public static Set<String> forHome() {
        String home = System.getProperty("planscore.home", System.getenv().getOrDefault("PLANSCORE_HOME", "."));
        try {
            return of(new Plans(new PlanScoreProperties(Path.of(home), null, null,
                    Path.of(home, "config", "plans"))).load(null));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }
}
