package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FinalVerdictTest {

    @Test
    void beforeTheEndOfTheTargetYearNothingIsFinal() {
        assertEquals(FinalVerdict.IN_PROGRESS, FinalVerdict.judge(Direction.INCREASE, 13, 2025, 2024, true, 14.0));
        assertEquals(FinalVerdict.IN_PROGRESS, FinalVerdict.judge(Direction.INCREASE, 13, 2025, 2025, false, 14.0));
    }

    @Test
    void fromTheLastDayOfTheTargetYearTheDecidingFigureJudges() {
        // Merged-city GRDP 2025: 11.81 % against 12.35 % → not achieved, decided by 11.81 in 2025
        FinalVerdict grdp = FinalVerdict.judge(Direction.INCREASE, 12.35, 2025, 2025, true, 11.81);
        assertEquals(new FinalVerdict(Verdict.NOT_ACHIEVED, 2025, 11.81), grdp);
        // Exports 2025: 50.14 against 49.7 → achieved; a floor reached exactly is achieved too
        assertEquals(Verdict.ACHIEVED, FinalVerdict.judge(Direction.INCREASE, 49.7, 2025, 2026, false, 50.14).verdict());
        assertEquals(Verdict.ACHIEVED, FinalVerdict.judge(Direction.INCREASE, 13, 2022, 2023, false, 13.0).verdict());
        // A ceiling: poverty at most 0 → 0 achieved, 0.25 not
        assertEquals(Verdict.ACHIEVED, FinalVerdict.judge(Direction.DECREASE, 0, 2025, 2025, true, 0.0).verdict());
        assertEquals(Verdict.NOT_ACHIEVED, FinalVerdict.judge(Direction.DECREASE, 0, 2025, 2025, true, 0.25).verdict());
    }

    @Test
    void aYearOverWithoutItsFigureSaysSo() {
        FinalVerdict v = FinalVerdict.judge(Direction.INCREASE, 5.5, 2025, 2025, true, null);
        assertEquals(Verdict.NO_FINAL_FIGURE, v.verdict());
        assertEquals(2025, v.decidingYear());
        assertNull(v.decidingValue());
    }
}
