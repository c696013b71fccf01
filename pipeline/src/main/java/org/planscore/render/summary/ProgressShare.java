package org.planscore.render.summary;

import org.planscore.assessment.ScoredTarget;
import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;

/**
 * The share of the way from the base value to the target that the latest value has come, for the progress bars:
 * (y_t − y_b) / (y_T − y_b). For a growth target the chained index is used, so the share is of the growth the
 * whole period needs. Negative when the indicator moved away from the target; above 1 past it.
 */
public final class ProgressShare {

    private ProgressShare() {
    }

    /** The share, or null when there is no target, no base or no latest value. */
    public static Double of(ScoredTarget scored) {
        ProgressResult result = scored.result();
        if (result != null && result.status() == ProgressStatus.TARGET_ACHIEVED) {
            return 1.0;
        }
        Double target = scored.target().targetValue();
        // Not assessable (no base figure, or the base is the latest): no bar rather than a misleading 0 %.
        if (result == null || result.status() == null || result.status() == ProgressStatus.NOT_AVAILABLE || target == null || result.baseValue() == null || result.currentValue() == null) {
            return null;
        }
        double goal = scored.targetIsRate()
                ? 100.0 * Math.pow(1 + target / 100.0, scored.target().targetYear() - scored.target().baseYear())
                : target;
        double gap = goal - result.baseValue();
        if (gap == 0) {
            return null;
        }
        double share = (result.currentValue() - result.baseValue()) / gap;
        return Double.isFinite(share) ? share : null;
    }
}
