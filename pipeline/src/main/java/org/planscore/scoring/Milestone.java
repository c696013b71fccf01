package org.planscore.scoring;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A milestone ("a district becomes a city", "berths 3–6 in operation", SCORING.md §3): done or not by a due date.
 *
 * @param state  done (on time), done late, due (open, not yet late) or overdue (open and late)
 * @param doneOn when it was first known done, or null
 * @param due    the due date
 */
public record Milestone(State state, LocalDate doneOn, LocalDate due) {

    public enum State {
        DONE, DONE_LATE, DUE, OVERDUE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param due    the due date
     * @param doneOn the date the milestone was first known done (a figure reaching it was published), or null
     * @param asOf   the report date: evidence after it is not known yet
     */
    public static Milestone judge(LocalDate due, LocalDate doneOn, LocalDate asOf) {
        if (doneOn != null && !doneOn.isAfter(asOf)) {
            return new Milestone(doneOn.isAfter(due) ? State.DONE_LATE : State.DONE, doneOn, due);
        }
        return new Milestone(asOf.isAfter(due) ? State.OVERDUE : State.DUE, null, due);
    }

    /** A final verdict once done, or once the due date has passed undone. */
    public Verdict verdict() {
        return switch (state) {
            case DONE -> Verdict.ACHIEVED;
            case DONE_LATE, OVERDUE -> Verdict.NOT_ACHIEVED;
            case DUE -> Verdict.IN_PROGRESS;
        };
    }
}
