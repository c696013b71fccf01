package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Tourists 2022 by the Statistics Office's definition against 2023 by the tourism department: a break. */
class DefinitionBreakTest {

    private static final String GSO = "Cục Thống kê: khách do cơ sở lưu trú, lữ hành phục vụ";
    private static final String DEPT = "Sở Du lịch: tổng lượt khách";

    @Test
    void differentNamedDefinitionsAreABreak() {
        assertEquals(new DefinitionBreak(2022, GSO, 2023, DEPT), DefinitionBreak.between(2022, GSO, 2023, DEPT));
    }

    @Test
    void theSameDefinitionOrAnUnnamedOneIsNoBreak() {
        assertNull(DefinitionBreak.between(2022, GSO, 2023, " " + GSO));
        assertNull(DefinitionBreak.between(2022, null, 2023, DEPT));
        assertNull(DefinitionBreak.between(2022, GSO, 2023, null));
        assertNull(DefinitionBreak.between(2023, GSO, 2023, DEPT)); // one figure is no series
    }
}
