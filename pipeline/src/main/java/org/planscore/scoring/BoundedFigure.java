package org.planscore.scoring;

/**
 * A reported figure that is only a bound ("> 13", "trên 100.000"): the true value lies above (lower bound) or below
 * (upper bound) it. It decides a verdict only where the bound itself settles it (SCORING.md §3).
 *
 * @param year  the year it is for
 * @param value the bound as reported
 * @param bound lower or upper
 */
public record BoundedFigure(int year, double value, ValueBound bound) {

    /**
     * Whether the bound settles a target: true when every value beyond the bound reaches it, false when none does,
     * null when some would and some would not (the bound leaves the verdict open).
     */
    public Boolean settles(Direction direction, double target) {
        boolean above = bound == ValueBound.LOWER; // the true value is above the figure
        if (direction == Direction.INCREASE) {
            if (above && value >= target) {
                return true;
            }
            if (!above && value <= target) {
                return false;
            }
            return null;
        }
        if (!above && value <= target) {
            return true;
        }
        if (above && value >= target) {
            return false;
        }
        return null;
    }
}
