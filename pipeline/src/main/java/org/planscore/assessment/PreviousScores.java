package org.planscore.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.planscore.scoring.ProgressStatus;

/**
 * The scores of the previous report of the same plan (the latest as-of date before this one), read from the stored
 * scores, so page 1 and the email can say what changed. {@link #NONE} for a first report.
 *
 * @param asOf    the as-of date of the previous report, or null when there is none
 * @param targets by target id
 */
public record PreviousScores(LocalDate asOf, Map<String, Previous> targets) {

    public static final PreviousScores NONE = new PreviousScores(null, Map.of());

    public PreviousScores {
        targets = Map.copyOf(targets);
    }

    public boolean exists() {
        return asOf != null;
    }

    public Optional<Previous> of(String targetId) {
        return Optional.ofNullable(targets.get(targetId));
    }

    /** One target as the previous report scored it: status, score, and the latest figure it used. */
    public record Previous(ProgressStatus status, Double score, Integer currentYear, Double currentValue) {
    }
}
