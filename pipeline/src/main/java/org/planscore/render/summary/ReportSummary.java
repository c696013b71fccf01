package org.planscore.render.summary;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.ReportTexts;
import org.planscore.render.text.TargetFacts;
import org.planscore.scoring.ProgressStatus;

/**
 * The headline of a report, computed once for page 1 of the PDF and for the email: counts by status, one line per
 * pillar, the targets most behind, what changed since the previous report, and how solid the data is. Counts, means,
 * the most-behind list and data quality are those of the plan's main targets ({@link PlanReading}); the targets
 * shown for reference only are counted apart.
 *
 * @param mostBehind       the targets still open or due this year most behind ({@link BehindList#ranked()})
 * @param behind           the most-behind list with what it leaves out (earlier years' misses, stale figures)
 * @param referenceTargets how many targets the report shows for reference only
 */
public record ReportSummary(Map<ProgressStatus, Integer> counts, List<PillarLine> pillars,
                            List<ScoredTarget> mostBehind, ReportChanges changes, DataQuality quality,
                            BehindList behind, int referenceTargets) {

    public static final int MOST_BEHIND = 5;

    public ReportSummary {
        // EnumMap keeps the best-first order; Map.copyOf would not.
        counts = java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
        pillars = List.copyOf(pillars);
        mostBehind = List.copyOf(mostBehind);
    }

    public static ReportSummary of(ReportModel model, PreviousScores previous) {
        return of(model, previous, PlanReading.of(model.plan()));
    }

    public static ReportSummary of(ReportModel model, PreviousScores previous, PlanReading reading) {
        ReportTexts texts = ReportTexts.forLocale(model.locale());
        ReportModel main = reading.mainOnly(model);
        BehindList behind = BehindList.of(main.targets(), model.asOf(), MOST_BEHIND);
        return new ReportSummary(counts(main.targets()), PillarLine.of(main, texts), behind.ranked(),
                ReportChanges.of(model, previous == null ? PreviousScores.NONE : previous),
                DataQuality.of(main.targets()), behind, reading.referenceCount(model));
    }

    /** How many targets the counts are of: the plan's main targets. */
    public int countedTargets() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every status, zeros too, best first. */
    public static Map<ProgressStatus, Integer> counts(List<ScoredTarget> targets) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus status : ProgressStatus.values()) {
            counts.put(status, 0);
        }
        for (ScoredTarget target : targets) {
            counts.merge(TargetFacts.of(target).status(), 1, Integer::sum);
        }
        return counts;
    }

    /** Behind means scored and not achieved, lowest score first; targets without data are counted, not ranked. */
    public static List<ScoredTarget> mostBehind(List<ScoredTarget> targets) {
        return targets.stream()
                .filter(t -> {
                    TargetFacts facts = TargetFacts.of(t);
                    return facts.score() != null
                            && facts.status() != ProgressStatus.TARGET_ACHIEVED
                            && facts.status() != ProgressStatus.NOT_AVAILABLE;
                })
                .sorted(Comparator.comparing((ScoredTarget t) -> TargetFacts.of(t).score())
                        .thenComparing(t -> TargetFacts.of(t).status(), Comparator.reverseOrder()))
                .limit(MOST_BEHIND)
                .toList();
    }
}
