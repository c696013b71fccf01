package org.planscore.scoring;

import java.util.Locale;

/**
 * The verdict on a target (SCORING.md §3, last paragraph): after the target year it is final, achieved or not
 * achieved, decided by one figure; until then the target is in progress.
 */
public enum Verdict {
    /** Final: the deciding figure reaches the target (for a range or floor, its lower bound). */
    ACHIEVED,
    /** Final: the deciding figure falls short. */
    NOT_ACHIEVED,
    /** The as-of date is before the end of the target year: no final verdict yet. */
    IN_PROGRESS,
    /** The target year is over but no figure for it is known at the as-of date (or none on the target's perimeter). */
    NO_FINAL_FIGURE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == ACHIEVED || this == NOT_ACHIEVED;
    }
}
