package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A figure that is only a bound decides a verdict only where the bound itself settles it. Cases: IIP 2023 "tăng hơn
 * 13%" against the plan's 15 % (open), and against 13 (achieved); Cát Bà "hơn 4,5 triệu" against 4 mn (achieved).
 */
class BoundedFigureTest {

    private static BoundedFigure lower(double v) {
        return new BoundedFigure(2023, v, ValueBound.LOWER);
    }

    private static BoundedFigure upper(double v) {
        return new BoundedFigure(2023, v, ValueBound.UPPER);
    }

    @Test
    void aLowerBoundSettlesAnIncreaseTargetOnlyWhenItMeetsIt() {
        assertEquals(Boolean.TRUE, lower(13).settles(Direction.INCREASE, 13));
        assertEquals(Boolean.TRUE, lower(4.5).settles(Direction.INCREASE, 4));
        assertNull(lower(13).settles(Direction.INCREASE, 15));
    }

    @Test
    void anUpperBoundSettlesAnIncreaseTargetOnlyAsMissed() {
        assertEquals(Boolean.FALSE, upper(13).settles(Direction.INCREASE, 15));
        assertEquals(Boolean.FALSE, upper(15).settles(Direction.INCREASE, 15)); // strictly below 15
        assertNull(upper(16).settles(Direction.INCREASE, 15));
    }

    @Test
    void forADecreaseTargetTheRolesSwap() {
        assertEquals(Boolean.TRUE, upper(1).settles(Direction.DECREASE, 1));
        assertNull(upper(2).settles(Direction.DECREASE, 1));
        assertEquals(Boolean.FALSE, lower(1).settles(Direction.DECREASE, 1)); // strictly above the ceiling
        assertNull(lower(0.5).settles(Direction.DECREASE, 1));
    }

    @Test
    void theVerdictIsFinalOnlyWhereTheBoundSettlesIt() {
        FinalVerdict open = FinalVerdict.judgeBounded(Direction.INCREASE, 15, 2023, 2023, true, lower(13));
        assertEquals(Verdict.NO_FINAL_FIGURE, open.verdict());
        assertNull(open.decidingValue());

        FinalVerdict met = FinalVerdict.judgeBounded(Direction.INCREASE, 13, 2023, 2023, true, lower(13));
        assertEquals(new FinalVerdict(Verdict.ACHIEVED, 2023, 13.0), met);

        FinalVerdict missed = FinalVerdict.judgeBounded(Direction.INCREASE, 15, 2023, 2024, false, upper(13));
        assertEquals(new FinalVerdict(Verdict.NOT_ACHIEVED, 2023, 13.0), missed);

        // before the end of the target year nothing is final, bound or not
        assertEquals(FinalVerdict.IN_PROGRESS,
                FinalVerdict.judgeBounded(Direction.INCREASE, 13, 2023, 2023, false, lower(14)));
    }

    @Test
    void boundWordsAreRead() {
        assertEquals(Optional.of(ValueBound.LOWER), ValueBound.parse("lower"));
        assertEquals(Optional.of(ValueBound.LOWER), ValueBound.parse("trên"));
        assertEquals(Optional.of(ValueBound.LOWER), ValueBound.parse(">"));
        assertEquals(Optional.of(ValueBound.UPPER), ValueBound.parse("Dưới"));
        assertEquals(Optional.of(ValueBound.UPPER), ValueBound.parse("upper"));
        assertEquals(Optional.empty(), ValueBound.parse("about"));
    }
}
