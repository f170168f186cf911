package com.partnerqbr.portal.plan.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.plan.grading.FollowThrough.Entry;
import com.partnerqbr.portal.plan.grading.FollowThrough.Share;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowThroughTest {

    /** {@code kept} of {@code total} commitments of a side in a quarter's plan, the rest in the given way. */
    private static List<Entry> plan(String quarter, Side side, int kept, int total, CommitmentStatus rest) {
        Quarter q = Quarter.parse(quarter);
        LocalDate due = q.lastDay();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            entries.add(i < kept ? new Entry(q, side, CommitmentStatus.DONE, due, due)
                    : new Entry(q, side, rest, due, rest == CommitmentStatus.DONE ? due.plusDays(1) : null));
        }
        return entries;
    }

    @Test
    void theShareDoneOnTimeOverTheLastFourQbrsIsExact() {
        List<Entry> entries = new ArrayList<>();
        entries.addAll(plan("2025-Q4", Side.PARTNER, 0, 5, CommitmentStatus.OPEN)); // five QBRs ago: not counted
        entries.addAll(plan("2026-Q1", Side.PARTNER, 3, 5, CommitmentStatus.DONE)); // two done a day late
        entries.addAll(plan("2026-Q2", Side.PARTNER, 4, 4, CommitmentStatus.OPEN));
        entries.addAll(plan("2026-Q3", Side.PARTNER, 2, 3, CommitmentStatus.DROPPED));
        entries.addAll(plan("2026-Q4", Side.PARTNER, 3, 5, CommitmentStatus.AT_RISK));
        entries.addAll(plan("2026-Q4", Side.VENDOR, 1, 1, CommitmentStatus.OPEN));
        FollowThrough.Figures partner = FollowThrough.of(Side.PARTNER, "Brightpath", entries);
        assertEquals(12, partner.kept());
        assertEquals(17, partner.total());
        assertEquals("12 of 17 (71%)", partner.summary());
        assertEquals(List.of(new Share(Quarter.parse("2026-Q1"), 3, 5), new Share(Quarter.parse("2026-Q2"), 4, 4),
                new Share(Quarter.parse("2026-Q3"), 2, 3), new Share(Quarter.parse("2026-Q4"), 3, 5)), partner.trend());
        assertEquals(Optional.of("Brightpath's follow-through fell two QBRs running: 4 of 4 in 2026-Q2, 2 of 3 in"
                + " 2026-Q3, 3 of 5 in 2026-Q4."), partner.talkingPoint(), "100% -> 67% -> 60%");
    }

    @Test
    void aSideWhoseShareFellTwoQbrsRunningIsATalkingPoint() {
        List<Entry> entries = new ArrayList<>();
        entries.addAll(plan("2026-Q2", Side.PARTNER, 5, 5, CommitmentStatus.OPEN));
        entries.addAll(plan("2026-Q3", Side.PARTNER, 3, 4, CommitmentStatus.OPEN));
        entries.addAll(plan("2026-Q4", Side.PARTNER, 2, 5, CommitmentStatus.OPEN));
        entries.addAll(plan("2026-Q2", Side.VENDOR, 2, 4, CommitmentStatus.OPEN));
        entries.addAll(plan("2026-Q3", Side.VENDOR, 1, 4, CommitmentStatus.OPEN));
        entries.addAll(plan("2026-Q4", Side.VENDOR, 1, 4, CommitmentStatus.OPEN));
        assertEquals(Optional.of("Brightpath's follow-through fell two QBRs running: 5 of 5 in 2026-Q2, 3 of 4 in"
                + " 2026-Q3, 2 of 5 in 2026-Q4."), FollowThrough.of(Side.PARTNER, "Brightpath", entries).talkingPoint());
        assertEquals(Optional.empty(), FollowThrough.of(Side.VENDOR, "Brightpath", entries).talkingPoint(),
                "level from Q3 to Q4 is not falling");
        assertEquals("4 of 12 (33%)", FollowThrough.of(Side.VENDOR, "Brightpath", entries).summary());
    }

    @Test
    void noPlansYet() {
        FollowThrough.Figures none = FollowThrough.of(Side.VENDOR, "Orbit", List.of());
        assertEquals("no commitments yet", none.summary());
        assertEquals(List.of(), none.trend());
    }
}
