package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetBoundsTest {

    @Test
    void aRangeIsAchievedAtItsLowerBoundAndShownWhole() {
        // GRDP 2023 plan "12,7–13 %": 10.34 short; 12.7 within; 13.2 beyond
        TargetBounds range = new TargetBounds(12.7, 13.0);
        assertTrue(range.isRange());
        assertEquals(TargetBounds.Position.SHORT, range.position(10.34, Direction.INCREASE));
        assertEquals(TargetBounds.Position.WITHIN, range.position(12.7, Direction.INCREASE));
        assertEquals(TargetBounds.Position.WITHIN, range.position(13.0, Direction.INCREASE));
        assertEquals(TargetBounds.Position.BEYOND, range.position(13.2, Direction.INCREASE));
    }

    @Test
    void aFloorOrAboutValueHasOneBound() {
        // "từ 13 %" (floor) and "khoảng 9.500 USD" (about): reached at the value, never "beyond"
        TargetBounds floor = new TargetBounds(13, null);
        assertFalse(floor.isRange());
        assertTrue(floor.reached(13, Direction.INCREASE));
        assertFalse(floor.reached(12.99, Direction.INCREASE));
        assertEquals(TargetBounds.Position.WITHIN, floor.position(20, Direction.INCREASE));
    }

    @Test
    void aCeilingRangeIsDecidedAtItsUpperBound() {
        // "tỷ lệ hộ nghèo 1–1,5 %" with direction decrease: target (deciding) 1.5, other end 1.0
        TargetBounds ceiling = new TargetBounds(1.5, 1.0);
        assertEquals(TargetBounds.Position.SHORT, ceiling.position(1.6, Direction.DECREASE));
        assertEquals(TargetBounds.Position.WITHIN, ceiling.position(1.2, Direction.DECREASE));
        assertEquals(TargetBounds.Position.BEYOND, ceiling.position(0.8, Direction.DECREASE));
    }
}
