package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/**
 * Every branch of a milestone's state, with the facts.csv cases: Thủy Nguyên city due "2025", in effect 1/1/2025 (on
 * time); An Dương district due "trước năm 2025", in effect 1/1/2025 (late by one day); Lạch Huyện berths 3–4 due 2024,
 * inaugurated 13/5/2025; the administrative centre due 30/4/2025 with no move-in found.
 */
class MilestoneStatesTest {

    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    @Test
    void doneOnOrBeforeTheDueDateIsDoneOnTime() {
        Milestone m = Milestone.judge(Deadline.parse("2025"), LocalDate.of(2025, 1, 1), END_2025);
        assertEquals(Milestone.State.DONE, m.state());
        assertTrue(m.done());
        assertEquals(Period.ZERO, m.lateBy());
        assertEquals(0, m.daysLate());
        assertEquals(Verdict.ACHIEVED, m.verdict());
        // the due day itself is still on time
        assertEquals(Milestone.State.DONE, Milestone.judge(END_2025, END_2025, END_2025).state());
    }

    @Test
    void doneAfterTheDueDateIsDoneLateByTheGap() {
        Milestone anDuong = Milestone.judge(Deadline.parse("<2025-01-01"), LocalDate.of(2025, 1, 1), END_2025);
        assertEquals(Milestone.State.DONE_LATE, anDuong.state());
        assertEquals(1, anDuong.daysLate());
        assertEquals(Period.ofDays(1), anDuong.lateBy());

        Milestone berths = Milestone.judge(Deadline.parse("2024"), LocalDate.of(2025, 5, 13), END_2025);
        assertEquals(Milestone.State.DONE_LATE, berths.state());
        // 31/12/2024 → 13/05/2025: 4 months 13 days, 133 days
        assertEquals(Period.of(0, 4, 13), berths.lateBy());
        assertEquals(31 + 28 + 31 + 30 + 13, berths.daysLate());
        assertTrue(berths.done());
        assertEquals(Verdict.NOT_ACHIEVED, berths.verdict());
    }

    @Test
    void notDoneAfterTheDueDateIsOverdueByTheTimeSinceIt() {
        Milestone centre = Milestone.judge(Deadline.parse("2025-04-30"), null, END_2025);
        assertEquals(Milestone.State.OVERDUE, centre.state());
        assertFalse(centre.done());
        assertNull(centre.doneOn());
        assertEquals(Period.of(0, 8, 1), centre.lateBy());
        assertEquals(31 + 30 + 31 + 31 + 30 + 31 + 30 + 31, centre.daysLate()); // May … December
        assertEquals(Verdict.NOT_ACHIEVED, centre.verdict());
    }

    @Test
    void notDoneBeforeTheDueDateIsDueWithDaysLeft() {
        Milestone m = Milestone.judge(Deadline.parse("2025"), null, LocalDate.of(2025, 12, 1));
        assertEquals(Milestone.State.DUE, m.state());
        assertEquals(30, m.daysLeft());
        assertEquals(0, m.daysLate());
        assertEquals(Verdict.IN_PROGRESS, m.verdict());
    }

    @Test
    void anEventAfterTheReportDateIsNotKnownYet() {
        // as of the end of 2024, the berths inaugurated in May 2025 are overdue, not done
        Milestone m = Milestone.judge(Deadline.parse("2024-06"), LocalDate.of(2025, 5, 13), LocalDate.of(2024, 12, 31));
        assertEquals(Milestone.State.OVERDUE, m.state());
        assertEquals(31 + 31 + 30 + 31 + 30 + 31, m.daysLate()); // 30/06 → 31/12/2024: July … December
    }
}
