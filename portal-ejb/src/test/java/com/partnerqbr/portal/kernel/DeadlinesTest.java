package com.partnerqbr.portal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.kernel.Deadlines.Deadline;
import com.partnerqbr.portal.kernel.Deadlines.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void deadlinesFallAtTheMeetingsTimeOfDayOnThePreviousDays() {
        // Thursday 2026-12-03 15:00 in Chicago (CST, UTC-6) is 21:00 UTC
        Instant start = Instant.parse("2026-12-03T21:00:00Z");
        assertEquals(Instant.parse("2026-11-30T21:00:00Z"), Deadlines.due(Deadline.AGENDA, start, CHICAGO));
        assertEquals(Instant.parse("2026-12-01T21:00:00Z"), Deadlines.due(Deadline.PRE_READ, start, CHICAGO));
        assertEquals(Instant.parse("2026-12-02T21:00:00Z"), Deadlines.due(Deadline.PRE_READ_OPENED, start, CHICAGO));
    }

    @Test
    void acrossTheEndOfDaylightSavingTheDeadlineKeepsTheProgramsClockTime() {
        // Chicago leaves daylight saving on Sunday 2026-11-01; a QBR on Monday 2026-11-02 15:00 CST = 21:00 UTC
        Instant start = Instant.parse("2026-11-02T21:00:00Z");
        Instant agenda = Deadlines.due(Deadline.AGENDA, start, CHICAGO);
        assertEquals(Instant.parse("2026-10-30T20:00:00Z"), agenda, "Friday 15:00 CDT");
        assertEquals(Duration.ofHours(73), Duration.between(agenda, start));
        assertEquals("Fri 2026-10-30 15:00 CDT (America/Chicago)", Deadlines.shown(agenda, CHICAGO));
        assertEquals("Mon 2026-11-02 15:00 CST (America/Chicago)", Deadlines.shown(start, CHICAGO));
    }

    @Test
    void acrossTheStartOfDaylightSavingTheDeadlineKeepsTheProgramsClockTime() {
        // Berlin starts daylight saving on Sunday 2027-03-28; a QBR on Tuesday 2027-03-30 10:00 CEST = 08:00 UTC
        Instant start = Instant.parse("2027-03-30T08:00:00Z");
        Instant preRead = Deadlines.due(Deadline.PRE_READ, start, BERLIN);
        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), preRead, "Sunday 10:00 CEST, after the change at 02:00");
        Instant agenda = Deadlines.due(Deadline.AGENDA, start, BERLIN);
        assertEquals(Instant.parse("2027-03-27T09:00:00Z"), agenda, "Saturday 10:00 CET");
        assertEquals(Duration.ofHours(71), Duration.between(agenda, start));
        assertEquals("Sat 2027-03-27 10:00 CET (Europe/Berlin)", Deadlines.shown(agenda, BERLIN));
    }

    @Test
    void inUtcSeventyTwoHoursAreSeventyTwoHours() {
        Instant start = Instant.parse("2026-11-02T15:00:00Z");
        assertEquals(Instant.parse("2026-10-30T15:00:00Z"), Deadlines.due(Deadline.AGENDA, start, ZoneId.of("UTC")));
        assertEquals("Fri 2026-10-30 15:00 UTC", Deadlines.shown(Instant.parse("2026-10-30T15:00:00Z"),
                ZoneId.of("UTC")));
    }

    @Test
    void statusAtTheExactHour() {
        Instant due = Instant.parse("2026-11-30T21:00:00Z");
        Instant before = due.minusSeconds(60);
        Instant after = due.plusSeconds(60);
        assertEquals(Status.DUE, Deadlines.status(due, null, before));
        assertEquals(Status.DUE, Deadlines.status(due, null, due), "at the hour itself it is still due");
        assertEquals(Status.MISSED, Deadlines.status(due, null, after));
        assertEquals(Status.ON_TIME, Deadlines.status(due, due, after), "done at the hour is on time");
        assertEquals(Status.ON_TIME, Deadlines.status(due, before, after));
        assertEquals(Status.LATE, Deadlines.status(due, after, after));
        assertEquals("missed", Status.MISSED.getLabel());
    }
}
