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

    @Test
    void theTwoEditionsAndAReissueAreNewMessagesWhileAResendKeepsItsId() {
        String vi = ReportMessageId.of("hp", AS_OF, "vi", "data-version-1", List.of("a@hp.vn"), FROM);

        // a re-send of the same report (same edition, same data) keeps its id, so mail programs show it once
        assertEquals(vi, ReportMessageId.of("hp", AS_OF, "vi", "data-version-1", List.of("a@hp.vn"), FROM));
        // the English edition of the same report is another message
        assertNotEquals(vi, ReportMessageId.of("hp", AS_OF, "en", "data-version-1", List.of("a@hp.vn"), FROM));
        // the same date re-issued after new figures is another message, never dropped as already seen
        assertNotEquals(vi, ReportMessageId.of("hp", AS_OF, "vi", "data-version-2", List.of("a@hp.vn"), FROM));
        assertTrue(vi.matches("<planscore\\.hp\\.2025-06-30\\.vi\\.[0-9a-f]{12}\\.[0-9a-f]{12}@haiphong\\.gov\\.vn>"), vi);
    }
}
