package org.planscore.scoring;

import java.util.Locale;

/** The statuses of the Open SDG progress measure (SCORING.md §1), best first. */
public enum ProgressStatus {
    TARGET_ACHIEVED,
    SUBSTANTIAL_PROGRESS,
    MODERATE_PROGRESS,
    LIMITED_PROGRESS,
    DETERIORATION,
    NOT_AVAILABLE;

    /** The machine code used in CSV output and message keys, e.g. {@code target_achieved}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
