package org.planscore.render.summary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.TargetFacts;
import org.planscore.scoring.ProgressStatus;
import org.planscore.scoring.Verdict;

/**
 * The targets most behind as of the report date, and what the list leaves out on purpose.
 *
 * <ul>
 *   <li>{@code ranked}: targets still open or due this year, scored and not achieved: this year's decided misses
 *       first, then lowest score first. A
 *       past year's target is no longer "behind": nothing can be done about it any more.</li>
 *   <li>{@code earlierMisses}: targets of earlier years whose final verdict is "not achieved", said on their own
 *       line, by year.</li>
 *   <li>{@code stale}: open targets that would be ranked but whose latest figure is older than the previous year;
 *       a rate "still needed" computed from such a figure would be read as today's, so they are named as stale
 *       instead of ranked.</li>
 * </ul>
 */
public record BehindList(List<ScoredTarget> ranked, List<ScoredTarget> earlierMisses, List<ScoredTarget> stale) {

    public BehindList {
        ranked = List.copyOf(ranked);
        earlierMisses = List.copyOf(earlierMisses);
        stale = List.copyOf(stale);
    }

    public static BehindList of(List<ScoredTarget> targets, LocalDate asOf, int limit) {
        int year = asOf.getYear();
        List<ScoredTarget> behind = targets.stream().filter(BehindList::isBehind).toList();
        List<ScoredTarget> current = behind.stream().filter(t -> t.target().targetYear() >= year).toList();
        List<ScoredTarget> stale = current.stream().filter(t -> isStale(t, year)).toList();
        // This year's targets already decided as missed come first: they are behind for good, whatever the score.
        List<ScoredTarget> ranked = current.stream()
                .filter(t -> !stale.contains(t))
                .sorted(Comparator.comparing((ScoredTarget t) -> !isMissed(t))
                        .thenComparing(t -> TargetFacts.of(t).score())
                        .thenComparing(t -> TargetFacts.of(t).status(), Comparator.reverseOrder()))
                .limit(limit)
                .toList();
        List<ScoredTarget> earlier = targets.stream()
                .filter(t -> t.target().targetYear() < year)
                .filter(t -> t.assessment().verdictValue() == Verdict.NOT_ACHIEVED)
                .sorted(Comparator.comparingInt((ScoredTarget t) -> t.target().targetYear()))
                .toList();
        return new BehindList(ranked, earlier, stale);
    }

    /** Scored and not achieved (neither by status nor by a final verdict); targets without data are not ranked. */
    private static boolean isBehind(ScoredTarget t) {
        TargetFacts facts = TargetFacts.of(t);
        return facts.score() != null
                && facts.status() != ProgressStatus.TARGET_ACHIEVED
                && facts.status() != ProgressStatus.NOT_AVAILABLE
                && t.assessment().verdictValue() != Verdict.ACHIEVED;
    }

    /** Decided: the final verdict is "not achieved". */
    public static boolean isMissed(ScoredTarget t) {
        return t.assessment().verdictValue() == Verdict.NOT_ACHIEVED;
    }

    /**
     * The status a behind target is shown with: its progress status, or for a missed target "deterioration" (red),
     * so a decided miss never shows in the colour of good progress.
     */
    public static ProgressStatus shownStatus(ScoredTarget t) {
        return isMissed(t) ? ProgressStatus.DETERIORATION : TargetFacts.of(t).status();
    }

    /** An open target whose latest figure is older than the year before the report's. */
    static boolean isStale(ScoredTarget t, int reportYear) {
        if (t.assessment().verdictValue().isFinal()) {
            return false;
        }
        Integer latest = TargetFacts.of(t).latestYear();
        return latest != null && latest < reportYear - 1;
    }
}
