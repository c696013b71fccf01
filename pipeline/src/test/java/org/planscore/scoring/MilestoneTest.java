package org.planscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MilestoneTest {

    private static final LocalDate DUE = LocalDate.of(2025, 12, 31);
    private static final LocalDate DONE = LocalDate.of(2025, 7, 24); // Lạch Huyện berths 3–6 reported operating

    @Test
    void doneByTheDueDate() {
        Milestone m = Milestone.judge(DUE, DONE, LocalDate.of(2025, 12, 31));
        assertEquals(Milestone.State.DONE, m.state());
        assertEquals(DONE, m.doneOn());
        assertEquals(Verdict.ACHIEVED, m.verdict());
    }

    @Test
    void evidencePublishedAfterTheAsOfDateIsNotKnownYet() {
        // As of 2023-12-31 the 2025 report did not exist: the milestone is due, not done
        Milestone m = Milestone.judge(DUE, DONE, LocalDate.of(2023, 12, 31));
        assertEquals(Milestone.State.DUE, m.state());
        assertEquals(Verdict.IN_PROGRESS, m.verdict());
    }

    @Test
    void lateAndOverdue() {
        assertEquals(Milestone.State.DONE_LATE, Milestone.judge(DUE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)).state());
        Milestone overdue = Milestone.judge(DUE, null, LocalDate.of(2026, 1, 1));
        assertEquals(Milestone.State.OVERDUE, overdue.state());
        assertEquals(Verdict.NOT_ACHIEVED, overdue.verdict());
    }
}
