package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** facts.csv conventions: unit deadline (year or date, '<' = before) and unit date (ISO date or YYYY-MM). */
class DeadlineAndEventDateTest {

    @Test
    void deadlinesGiveTheLastDayStillOnTime() {
        assertEquals(LocalDate.of(2024, 12, 31), Deadline.parse("2024"));
        assertEquals(LocalDate.of(2025, 4, 30), Deadline.parse("2025-04"));
        assertEquals(LocalDate.of(2024, 2, 29), Deadline.parse("2024-02"));
        assertEquals(LocalDate.of(2025, 4, 30), Deadline.parse("2025-04-30"));
        // "trước năm 2025" / before 1 January 2025
        assertEquals(LocalDate.of(2024, 12, 31), Deadline.parse("<2025-01-01"));
        assertEquals(LocalDate.of(2024, 12, 31), Deadline.parse("<2025"));
        assertEquals(LocalDate.of(2025, 3, 31), Deadline.parse("< 2025-04"));
    }

    @Test
    void aDeadlineInAnotherFormIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.parse("30/04/2025"));
        assertThrows(IllegalArgumentException.class, () -> Deadline.parse("2025-13"));
        assertThrows(IllegalArgumentException.class, () -> Deadline.parse("2025-02-30"));
        assertThrows(IllegalArgumentException.class, () -> Deadline.parse(""));
    }

    @Test
    void eventDatesRoundTripThroughTheirStoredNumber() {
        assertEquals(20250513.0, EventDate.encode("2025-05-13"));
        assertEquals(LocalDate.of(2025, 5, 13), EventDate.decode(20250513.0));
        assertFalse(EventDate.monthOnly(20250513.0));
        // month only: stored with day 00, read as the month's last day (never on time on a guess)
        assertEquals(20251200.0, EventDate.encode("2025-12"));
        assertTrue(EventDate.monthOnly(20251200.0));
        assertEquals(LocalDate.of(2025, 12, 31), EventDate.decode(20251200.0));
        // written back as the tidy format has it, so an export imports again unchanged
        assertEquals("2025-05-13", EventDate.format(20250513.0));
        assertEquals("2025-12", EventDate.format(20251200.0));
        assertNull(EventDate.format(6));
    }

    @Test
    void notADateIsNoEvent() {
        assertNull(EventDate.encode("13/05/2025"));
        assertNull(EventDate.encode("2025-02-30"));
        assertNull(EventDate.encode("6"));
        assertNull(EventDate.decode(6));
        assertNull(EventDate.decode(20251340));
        assertNull(EventDate.decode(20250513.5));
    }
}
