package org.planscore.render.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.TargetFacts;
import org.planscore.scoring.ProgressStatus;

/**
 * How solid the figures behind a report are: of the figures used (one per indicator and year; several targets
 * share an indicator), how many are estimates or preliminary; how many targets cannot be assessed, and how many of
 * those have no figure at all.
 */
public record DataQuality(int figures, int provisionalFigures, int targets, int targetsNotAssessed,
                          int targetsWithoutData, Integer latestYear) {

    public static DataQuality of(List<ScoredTarget> targets) {
        Map<String, ObservationPoint> figures = new HashMap<>();
        int withoutData = 0;
        int notAssessed = 0;
        Integer latest = null;
        for (ScoredTarget target : targets) {
            if (TargetFacts.of(target).status() == ProgressStatus.NOT_AVAILABLE) {
                notAssessed++;
            }
            if (!TargetFacts.of(target).hasData()) {
                withoutData++;
            }
            for (ObservationPoint point : target.series()) {
                figures.putIfAbsent(target.target().indicator() + "|" + target.target().area() + "|" + point.year(),
                        point);
                latest = latest == null ? point.year() : Math.max(latest, point.year());
            }
        }
        int provisional = (int) figures.values().stream().filter(p -> isProvisional(p.vintage())).count();
        return new DataQuality(figures.size(), provisional, targets.size(), notAssessed, withoutData, latest);
    }

    /** Estimates and preliminary figures may still be revised; official ones are final. */
    public static boolean isProvisional(String vintage) {
        if (vintage == null) {
            return false;
        }
        String v = vintage.trim().toLowerCase(java.util.Locale.ROOT);
        return v.equals("estimate") || v.equals("preliminary");
    }
}
