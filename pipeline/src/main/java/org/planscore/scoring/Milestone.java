package org.planscore.scoring;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A milestone ("a district becomes a city", "berths 3–4 in operation", SCORING.md §3): done or not by a due date.
 * Four states: done on time, done late (by how long), not done and overdue (by how long), not done and not yet due.
 *
 * @param state  done (on time), done late, due (open, not yet late) or overdue (open and late)
 * @param doneOn when it was done (the event's date, else when it was first known done), or null
 * @param due    the due date: the last day on which it is on time
 * @param asOf   the report date the state holds at
 */
public record Milestone(State state, LocalDate doneOn, LocalDate due, LocalDate asOf) {

    public enum State {
        /** Done on or before the due date. */
        DONE,
        /** Done, after the due date. */
        DONE_LATE,
        /** Not done, the due date not passed yet. */
        DUE,
        /** Not done, the due date passed. */
        OVERDUE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param due    the due date
     * @param doneOn the date the milestone was done (or first known done), or null
     * @param asOf   the report date: evidence after it is not known yet
     */
    public static Milestone judge(LocalDate due, LocalDate doneOn, LocalDate asOf) {
        if (doneOn != null && !doneOn.isAfter(asOf)) {
            return new Milestone(doneOn.isAfter(due) ? State.DONE_LATE : State.DONE, doneOn, due, asOf);
        }
        return new Milestone(asOf.isAfter(due) ? State.OVERDUE : State.DUE, null, due, asOf);
    }

    /** Whether it is done (on time or late). */
    public boolean done() {
        return state == State.DONE || state == State.DONE_LATE;
    }

    /**
     * How late: for a milestone done late, from the due date to the day it was done; for an overdue one, from the
     * due date to the report date; zero otherwise.
     */
    public Period lateBy() {
        return switch (state) {
            case DONE_LATE -> Period.between(due, doneOn);
            case OVERDUE -> Period.between(due, asOf);
            case DONE, DUE -> Period.ZERO;
        };
    }

    /** {@link #lateBy()} in days. */
    public long daysLate() {
        return switch (state) {
            case DONE_LATE -> ChronoUnit.DAYS.between(due, doneOn);
            case OVERDUE -> ChronoUnit.DAYS.between(due, asOf);
            case DONE, DUE -> 0;
        };
    }

    /** Days left to the due date for an open milestone not yet due; zero otherwise. */
    public long daysLeft() {
        return state == State.DUE ? ChronoUnit.DAYS.between(asOf, due) : 0;
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
