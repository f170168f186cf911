package com.partnerqbr.portal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.QbrRules.Board;
import com.partnerqbr.portal.review.QbrRules.Due;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QbrRulesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static final Quarter Q3 = Quarter.parse("2026-Q3");
    private static final Quarter Q4 = Quarter.parse("2026-Q4");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 12, 0);

    private static Due due(long id, String name, Segment segment, Quarter quarter) {
        return new Due(id, name, segment, quarter);
    }

    private static QbrView qbr(long id, long partnerId, String name, Quarter quarter, LocalDateTime at, QbrStatus status) {
        return new QbrView(id, 1, partnerId, name, quarter, at, 45, "45-minute QBR", status, "max", null);
    }

    @Test
    void theDashboardSortsPartnersIntoScheduledToScheduleAndOverdue() {
        List<Due> now = List.of(due(1, "Alpha", Segment.STRATEGIC, Q4), due(2, "Bravo", Segment.GROWTH, Q4),
                due(3, "Charlie", Segment.GROWTH, Q4), due(4, "Delta", Segment.GROWTH, Q4),
                due(5, "Echo", Segment.STRATEGIC, Q4));
        List<Due> before = List.of(due(1, "Alpha", Segment.STRATEGIC, Q3), due(2, "Bravo", Segment.GROWTH, Q3),
                due(6, "Foxtrot", Segment.GROWTH, Q3), due(7, "Golf", Segment.GROWTH, Q3));
        List<QbrView> qbrs = List.of(
                qbr(10, 1, "Alpha", Q4, LocalDateTime.of(2026, 12, 3, 15, 0), QbrStatus.SCHEDULED),
                qbr(11, 2, "Bravo", Q4, LocalDateTime.of(2026, 11, 20, 10, 0), QbrStatus.SCHEDULED),
                qbr(12, 3, "Charlie", Q4, LocalDateTime.of(2026, 11, 2, 10, 0), QbrStatus.HELD),
                qbr(13, 1, "Alpha", Q3, LocalDateTime.of(2026, 9, 20, 10, 0), QbrStatus.HELD),
                qbr(14, 2, "Bravo", Q3, LocalDateTime.of(2026, 9, 22, 10, 0), QbrStatus.HELD),
                qbr(15, 6, "Foxtrot", Q3, LocalDateTime.of(2026, 11, 30, 9, 0), QbrStatus.SCHEDULED));
        Board board = QbrRules.board(Q4, now, before, qbrs, NOW, UTC);

        assertEquals("Foxtrot 2026-Q3 Mon 2026-11-30 09:00 UTC; Alpha 2026-Q4 Thu 2026-12-03 15:00 UTC",
                board.scheduled().stream().map(q -> q.partnerName() + " " + q.quarter() + " " + q.when(UTC))
                        .collect(Collectors.joining("; ")), "soonest first; a passed one is not among them");
        // Bravo's is scheduled (though passed), Charlie held: Echo (strategic first) and Delta are left
        assertEquals("Echo STRATEGIC, Delta GROWTH", board.toSchedule().stream()
                .map(d -> d.partnerName() + " " + d.segment()).collect(Collectors.joining(", ")));
        assertEquals("2026-Q3 Foxtrot (GROWTH): 2026-Q3 ended without a QBR; scheduled for Mon 2026-11-30 09:00 UTC;"
                        + " 2026-Q3 Golf (GROWTH): no QBR held for 2026-Q3;"
                        + " 2026-Q4 Bravo (GROWTH): scheduled for Fri 2026-11-20 10:00 UTC, not marked held",
                board.overdue().stream().map(o -> o.quarter() + " " + o.partnerName() + " (" + o.segment() + "): "
                        + o.why()).collect(Collectors.joining("; ")));
        assertEquals(11, board.overdue().get(2).qbr().qbrId(), "the overdue QBR, to mark held");
        assertNull(board.overdue().get(1).qbr());
    }

    @Test
    void aQbrOfAnEndedQuarterWhoseTimePassedIsOverdueOnceAndAQbrOfAPartnerNoLongerInAQbrSegmentToo() {
        // read in Chicago: CDT in September, CST in November, the zone named
        List<QbrView> qbrs = List.of(
                qbr(20, 1, "Alpha", Q3, LocalDateTime.of(2026, 9, 28, 10, 0), QbrStatus.SCHEDULED),
                qbr(21, 8, "Hotel", Q4, LocalDateTime.of(2026, 11, 23, 10, 0), QbrStatus.SCHEDULED));
        Board board = QbrRules.board(Q4, List.of(), List.of(due(1, "Alpha", Segment.GROWTH, Q3)), qbrs, NOW,
                ZoneId.of("America/Chicago"));
        assertEquals("Alpha 2026-Q3 GROWTH scheduled for Mon 2026-09-28 05:00 CDT (America/Chicago), not marked held;"
                        + " Hotel 2026-Q4 null scheduled for Mon 2026-11-23 04:00 CST (America/Chicago), not marked held",
                board.overdue().stream().map(o -> o.partnerName() + " " + o.quarter() + " " + o.segment() + " " + o.why())
                        .collect(Collectors.joining("; ")));
        assertEquals(List.of(), board.scheduled());
    }

    @Test
    void aQbrStartingNowIsStillScheduledNotOverdue() {
        Board board = QbrRules.board(Q4, List.of(due(1, "Alpha", Segment.GROWTH, Q4)), List.of(),
                List.of(qbr(30, 1, "Alpha", Q4, NOW, QbrStatus.SCHEDULED)), NOW, UTC);
        assertEquals(1, board.scheduled().size());
        assertEquals(List.of(), board.overdue());
        assertEquals(List.of(), board.toSchedule());
    }

    @Test
    void theNextQbrIsTheSoonestScheduledAndTheDueDayMovesOnAfterAHeldOne() {
        List<QbrView> qbrs = List.of(
                qbr(1, 1, "Alpha", Q4, LocalDateTime.of(2026, 11, 20, 10, 0), QbrStatus.SCHEDULED),
                qbr(2, 1, "Alpha", Quarter.parse("2027-Q1"), LocalDateTime.of(2027, 2, 2, 9, 0), QbrStatus.SCHEDULED),
                qbr(3, 1, "Alpha", Q4, LocalDateTime.of(2026, 12, 1, 9, 0), QbrStatus.CANCELLED));
        QbrRules.Next next = QbrRules.next(qbrs, Q4, NOW);
        assertEquals(LocalDateTime.of(2027, 2, 2, 9, 0), next.scheduledFor(), "the passed one and the cancelled one are not next");
        assertEquals(LocalDate.of(2026, 12, 31), next.dueBy());

        QbrRules.Next afterHeld = QbrRules.next(List.of(
                qbr(4, 1, "Alpha", Q4, LocalDateTime.of(2026, 11, 2, 10, 0), QbrStatus.HELD)), Q4, NOW);
        assertNull(afterHeld.scheduledFor());
        assertEquals(LocalDate.of(2027, 3, 31), afterHeld.dueBy());
        assertEquals(LocalDate.of(2026, 12, 31), QbrRules.next(List.of(), Q4, NOW).dueBy());
    }

    @Test
    void aStartIsReadInThePersonsZoneAndKeptInUtcAcrossTheChangesOfTheClocks() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Chicago: CDT (UTC-5) until 1 November 2026, CST (UTC-6) after
        assertEquals(LocalDateTime.of(2026, 10, 30, 20, 0), QbrRules.start("2026-10-30", "15:00", chicago));
        assertEquals(LocalDateTime.of(2026, 11, 2, 21, 0), QbrRules.start("2026-11-02", "15:00", chicago));
        // 01:30 happens twice on 1 November in Chicago: the first (CDT) is meant
        assertEquals(LocalDateTime.of(2026, 11, 1, 6, 30), QbrRules.start("2026-11-01", "01:30", chicago));
        // Berlin: CET (UTC+1) until 28 March 2027, CEST (UTC+2) from 03:00 that day; 02:30 does not exist
        assertEquals(LocalDateTime.of(2027, 3, 26, 14, 0), QbrRules.start("2027-03-26", "15:00", berlin));
        assertEquals(LocalDateTime.of(2027, 3, 29, 13, 0), QbrRules.start("2027-03-29", "15:00", berlin));
        assertEquals("02:30 does not exist on 2027-03-28 in Europe/Berlin: the clocks go forward then; choose another"
                + " time.", assertThrows(RefusedException.class, () -> QbrRules.start("2027-03-28", "02:30", berlin))
                .getMessage());
        assertEquals("Enter the date and the time (Europe/Berlin) of the QBR.",
                assertThrows(RefusedException.class, () -> QbrRules.start("2027-03-28", " ", berlin)).getMessage());
    }

    @Test
    void aStartIsARealDateAndTimeFromNowOn() {
        assertEquals(LocalDateTime.of(2026, 12, 3, 15, 0), QbrRules.start(" 2026-12-03 ", "15:00", UTC));
        assertEquals("'2026-02-30' is not a date: write it like 2026-12-03.",
                assertThrows(RefusedException.class, () -> QbrRules.start("2026-02-30", "15:00", UTC)).getMessage());
        assertEquals("'03.12.2026' is not a date: write it like 2026-12-03.",
                assertThrows(RefusedException.class, () -> QbrRules.start("03.12.2026", "15:00", UTC)).getMessage());
        assertEquals("'25:00' is not a time: write it like 15:00.",
                assertThrows(RefusedException.class, () -> QbrRules.start("2026-12-03", "25:00", UTC)).getMessage());
        assertEquals("Enter the date and the time (UTC) of the QBR.",
                assertThrows(RefusedException.class, () -> QbrRules.start("", "15:00", UTC)).getMessage());

        QbrRules.requireNotPast(NOW, NOW, UTC);
        assertEquals("Tue 2026-11-24 05:59 CST (America/Chicago) is in the past; choose a date and time from"
                + " Tue 2026-11-24 06:00 CST (America/Chicago) on.", assertThrows(RefusedException.class,
                () -> QbrRules.requireNotPast(NOW.minusMinutes(1), NOW, ZoneId.of("America/Chicago"))).getMessage());
    }

    @Test
    void aQbrReviewsThePreviousTheCurrentOrTheNextQuarter() {
        QbrRules.requireSchedulable(Q3, Q4);
        QbrRules.requireSchedulable(Q4, Q4);
        QbrRules.requireSchedulable(Quarter.parse("2027-Q1"), Q4);
        assertEquals("A QBR reviews 2026-Q3, 2026-Q4 or 2027-Q1: choose one of them.", assertThrows(
                RefusedException.class, () -> QbrRules.requireSchedulable(Quarter.parse("2026-Q2"), Q4)).getMessage());
        assertThrows(RefusedException.class, () -> QbrRules.requireSchedulable(Quarter.parse("2027-Q2"), Q4));
        assertThrows(RefusedException.class, () -> QbrRules.requireSchedulable(null, Q4));
    }
}
