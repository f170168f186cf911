package com.partnerqbr.portal.plan.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentFlagsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 15);

    @Test
    void pastItsDueDateAndNotDoneIsOverdueFromTheNextDay() {
        assertEquals(List.of(), CommitmentFlags.flags(CommitmentStatus.ON_TRACK, DUE, Cadence.AT_NEXT_QBR, DUE, DUE));
        assertEquals(List.of("Overdue: due 2026-11-15, 1 days ago, and not done"),
                CommitmentFlags.flags(CommitmentStatus.AT_RISK, DUE, Cadence.AT_NEXT_QBR, DUE, DUE.plusDays(1)));
        assertEquals(List.of(), CommitmentFlags.flags(CommitmentStatus.DONE, DUE, Cadence.MONTHLY, DUE, DUE.plusDays(60)));
        assertEquals(List.of(), CommitmentFlags.flags(CommitmentStatus.DROPPED, DUE, Cadence.MONTHLY, DUE, DUE.plusDays(60)));
    }

    @Test
    void noCheckInWithinItsCadenceIsFlagged() {
        LocalDate last = LocalDate.of(2026, 10, 1);
        assertEquals(List.of(), CommitmentFlags.flags(CommitmentStatus.OPEN, DUE, Cadence.EVERY_TWO_WEEKS, last,
                last.plusDays(14)));
        assertEquals(List.of("No check-in for 15 days (cadence: every two weeks)"),
                CommitmentFlags.flags(CommitmentStatus.OPEN, DUE, Cadence.EVERY_TWO_WEEKS, last, last.plusDays(15)));
        assertEquals(List.of(), CommitmentFlags.flags(CommitmentStatus.OPEN, DUE, Cadence.MONTHLY, last, last.plusDays(31)));
        assertEquals(List.of("Overdue: due 2026-11-15, 2 days ago, and not done",
                        "No check-in for 47 days (cadence: monthly)"),
                CommitmentFlags.flags(CommitmentStatus.OPEN, DUE, Cadence.MONTHLY, last, DUE.plusDays(2)));
        assertEquals(List.of(), CommitmentFlags.flags(CommitmentStatus.OPEN, DUE, Cadence.AT_NEXT_QBR, last,
                last.plusDays(40)), "the next QBR is its check-in");
    }
}
