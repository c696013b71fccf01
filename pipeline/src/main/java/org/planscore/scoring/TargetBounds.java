package org.planscore.scoring;

/**
 * A target as a Vietnamese plan words it (SCORING.md §3 "range or floor"): "12,7–13 %" (a range), "từ 13 %" /
 * "ít nhất" / "trên" (a floor), "khoảng 9.500 USD" (about) or a plain value. Achievement is decided at the bound
 * that the desired direction makes binding: the lower bound when more is better, the upper bound when less is
 * better (a ceiling). The other end of a range is only shown.
 *
 * @param deciding the value that decides achievement
 * @param other    the other end of a range, or null
 */
public record TargetBounds(double deciding, Double other) {

    /** Where a figure stands against the stated range. */
    public enum Position { SHORT, WITHIN, BEYOND }

    public TargetBounds {
        if (!Double.isFinite(deciding) || (other != null && !Double.isFinite(other))) {
            throw new IllegalArgumentException("target bounds must be finite numbers");
        }
    }

    public boolean isRange() {
        return other != null && other != deciding;
    }

    /** Whether a figure reaches the target: at or past the deciding bound in the desired direction. */
    public boolean reached(double value, Direction direction) {
        return direction == Direction.INCREASE ? value >= deciding : value <= deciding;
    }

    /**
     * Short of the deciding bound; within the range (the deciding bound included); or beyond the range's other end
     * (over-fulfilled). A target that is no range is never "beyond".
     */
    public Position position(double value, Direction direction) {
        if (!reached(value, direction)) {
            return Position.SHORT;
        }
        if (!isRange()) {
            return Position.WITHIN;
        }
        boolean beyond = direction == Direction.INCREASE ? value > other : value < other;
        return beyond ? Position.BEYOND : Position.WITHIN;
    }
}
