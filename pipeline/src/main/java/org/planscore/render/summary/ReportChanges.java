package org.planscore.render.summary;

import java.util.ArrayList;
import java.util.List;

import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.text.TargetFacts;
import org.planscore.scoring.ProgressStatus;

/**
 * What changed since the previous report: targets whose status moved, targets with a newer figure, and targets
 * whose figure for the same year was revised. A target new to the plan is not a change of status.
 */
public record ReportChanges(PreviousScores previous, List<StatusMove> statusMoves, List<ScoredTarget> newFigures,
                            List<ScoredTarget> revisions) {

    private static final double REVISION_TOLERANCE = 1e-9;

    public ReportChanges {
        statusMoves = List.copyOf(statusMoves);
        newFigures = List.copyOf(newFigures);
        revisions = List.copyOf(revisions);
    }

    /** A target whose status is not the one the previous report gave it. */
    public record StatusMove(ScoredTarget target, ProgressStatus from, ProgressStatus to) {
        /** Better when the new status ranks higher (the enum is best first; no data ranks last). */
        public boolean improved() {
            return to.ordinal() < from.ordinal();
        }
    }

    public boolean hasPrevious() {
        return previous.exists();
    }

    public boolean isEmpty() {
        return statusMoves.isEmpty() && newFigures.isEmpty() && revisions.isEmpty();
    }

    public static ReportChanges of(ReportModel model, PreviousScores previous) {
        List<StatusMove> moves = new ArrayList<>();
        List<ScoredTarget> newer = new ArrayList<>();
        List<ScoredTarget> revised = new ArrayList<>();
        if (previous.exists()) {
            for (ScoredTarget target : model.targets()) {
                previous.of(target.target().id()).ifPresent(before -> {
                    TargetFacts now = TargetFacts.of(target);
                    ProgressStatus was = before.status() == null ? ProgressStatus.NOT_AVAILABLE : before.status();
                    if (was != now.status()) {
                        moves.add(new StatusMove(target, was, now.status()));
                    }
                    Integer year = target.result() == null ? null : target.result().currentYear();
                    Double value = target.reportedIn(year).map(p -> p.value()).orElse(null);
                    if (year != null && (before.currentYear() == null || year > before.currentYear())) {
                        newer.add(target);
                    } else if (year != null && year.equals(before.currentYear()) && value != null
                            && before.currentValue() != null
                            && Math.abs(value - before.currentValue()) > REVISION_TOLERANCE * Math.max(1, Math.abs(value))) {
                        revised.add(target);
                    }
                });
            }
        }
        // Worst moves first: a fall matters more to the reader than a rise.
        moves.sort((a, b) -> Boolean.compare(a.improved(), b.improved()));
        return new ReportChanges(previous, moves, newer, revised);
    }
}
