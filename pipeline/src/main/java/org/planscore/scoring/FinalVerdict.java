package org.planscore.scoring;

/**
 * The verdict on a target at an as-of date, with the figure that decided it.
 *
 * @param verdict       the verdict
 * @param decidingYear  the year of the deciding figure (the target year for a final verdict), or null
 * @param decidingValue the deciding figure as reported (a level, a rate, an average or a total), or null
 */
public record FinalVerdict(Verdict verdict, Integer decidingYear, Double decidingValue) {

    public static final FinalVerdict IN_PROGRESS = new FinalVerdict(Verdict.IN_PROGRESS, null, null);

    /**
     * Judges a target once its year is over.
     *
     * @param direction      desired direction
     * @param bound          the value that decides achievement (a range's or floor's lower bound; a ceiling's value)
     * @param targetYear     T
     * @param asOfYear       the year of the as-of date; the verdict is final from the last day of T (a December
     *                       report on year T already holds the year's estimates, which the report marks)
     * @param asOfIsYearEnd  whether the as-of date is 31 December
     * @param decidingValue  the figure for T on the target's perimeter, known at the as-of date, or null
     */
    public static FinalVerdict judge(Direction direction, double bound, int targetYear, int asOfYear,
                                     boolean asOfIsYearEnd, Double decidingValue) {
        boolean over = asOfYear > targetYear || (asOfYear == targetYear && asOfIsYearEnd);
        if (!over) {
            return IN_PROGRESS;
        }
        if (decidingValue == null) {
            return new FinalVerdict(Verdict.NO_FINAL_FIGURE, targetYear, null);
        }
        boolean reached = direction == Direction.INCREASE ? decidingValue >= bound : decidingValue <= bound;
        return new FinalVerdict(reached ? Verdict.ACHIEVED : Verdict.NOT_ACHIEVED, targetYear, decidingValue);
    }

    /**
     * Judges a target whose deciding figure is only a bound ("> 13"): achieved or not achieved only where the bound
     * settles it (a lower bound at or above an increase target: achieved); otherwise there is no deciding figure yet.
     */
    public static FinalVerdict judgeBounded(Direction direction, double bound, int targetYear, int asOfYear,
                                            boolean asOfIsYearEnd, BoundedFigure figure) {
        FinalVerdict open = judge(direction, bound, targetYear, asOfYear, asOfIsYearEnd, (Double) null);
        if (open.verdict() == Verdict.IN_PROGRESS || figure == null) {
            return open;
        }
        Boolean settled = figure.settles(direction, bound);
        if (settled == null) {
            return open;
        }
        return new FinalVerdict(settled ? Verdict.ACHIEVED : Verdict.NOT_ACHIEVED, targetYear, figure.value());
    }
}
