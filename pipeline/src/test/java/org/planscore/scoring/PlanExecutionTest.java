package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanExecutionTest {

    @Test
    void fullYearBudgetRevenueAgainstTheCouncilEstimate() {
        // 2023: 102,614.53 of the HĐND estimate 116,442.134 = 88.12 % (the source writes "đạt 88,12% dự toán
        // HĐND"); against 2022's 107,132.6: −4.217 %
        PlanExecution e = PlanExecution.of(102614.53, 12, 116442.134, 107132.6);
        assertEquals(88.12491361589096, e.percentOfPlan(), 1e-9);
        assertEquals(-4.217269066558648, e.changeVsLastYear(), 1e-9);
        assertEquals(100.0, e.elapsedShare(), 1e-12);
        assertTrue(e.isFullYear());
        assertFalse(e.onPace());
    }

    @Test
    void yearToDateAgainstTheElapsedShareOfTheYear() {
        // FDI H1 2025: 1.3 of 5.5 bn USD = 23.64 % with 6/12 = 50 % of the year gone → behind
        PlanExecution fdi = PlanExecution.of(1.3, 6, 5.5, null);
        assertEquals(23.636363636363637, fdi.percentOfPlan(), 1e-9);
        assertEquals(50.0, fdi.elapsedShare(), 1e-12);
        assertFalse(fdi.onPace());
        assertNull(fdi.changeVsLastYear());
        // Port throughput, 11 months 2025: 187.63 of 213 mn t = 88.09 % with 91.67 % of the year gone → behind
        PlanExecution port = PlanExecution.of(187.63, 11, 213, null);
        assertEquals(88.08920187793427, port.percentOfPlan(), 1e-9);
        assertEquals(91.66666666666666, port.elapsedShare(), 1e-9);
        assertFalse(port.onPace());
        // Tourists H1 2025: 7.5 of 14.43 mn = 51.98 % ≥ 50 % → on pace
        assertTrue(PlanExecution.of(7.5, 6, 14.43, null).onPace());
    }
}
