package org.planscore.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportMessageIdTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final String FROM = "PlanScore <planscore@haiphong.gov.vn>";

    @Test
    void namesPlanAndDateAndUsesTheSenderDomain() {
        String id = ReportMessageId.of("hp-2021/2025", AS_OF, List.of("a@hp.vn"), FROM);

        assertTrue(id.matches("<planscore\\.hp-2021-2025\\.2025-06-30\\.[0-9a-f]{12}@haiphong\\.gov\\.vn>"), id);
    }

    @Test
    void sameRecipientsInAnyOrderOrCaseGiveTheSameId() {
        String id = ReportMessageId.of("hp", AS_OF, List.of("a@hp.vn", "Chủ tịch <B@hp.vn>"), FROM);

        assertEquals(id, ReportMessageId.of("hp", AS_OF, List.of("b@hp.vn", "a@hp.vn"), FROM));
    }

    @Test
    void otherRecipientsOrDateGiveAnotherId() {
        String id = ReportMessageId.of("hp", AS_OF, List.of("a@hp.vn"), FROM);

        assertNotEquals(id, ReportMessageId.of("hp", AS_OF, List.of("a@hp.vn", "c@hp.vn"), FROM));
        assertNotEquals(id, ReportMessageId.of("hp", AS_OF.plusDays(1), List.of("a@hp.vn"), FROM));
    }
}
