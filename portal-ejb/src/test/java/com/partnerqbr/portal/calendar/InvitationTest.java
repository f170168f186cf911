package com.partnerqbr.portal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.calendar.Invitation.Meeting;
import com.partnerqbr.portal.calendar.Invitation.Method;
import com.partnerqbr.portal.calendar.Invitation.Person;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static Meeting meeting(Instant start, int sequence) {
        return new Meeting("qbr-42.acme@partnerqbr.example", sequence, "QBR: Brightpath and Acme (2026-Q4)",
                "The 2026-Q4 QBR.", start, Duration.ofMinutes(60), CHICAGO,
                new Person("Max Manager", "max@acme.example"),
                List.of(new Person("Max Manager", "max@acme.example"), new Person("Paula Partner", "paula@bp.example")));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void aRequestNamesTheMeetingItsPeopleAndItsZone() throws Exception {
        Instant start = ZonedDateTime.of(2026, 10, 30, 15, 0, 0, 0, CHICAGO).toInstant();
        String ics = Invitation.ics(Method.REQUEST, meeting(start, 0), Instant.parse("2026-10-01T12:00:00Z"));
        Calendar calendar = parse(ics);
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("qbr-42.acme@partnerqbr.example", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertTrue(ics.contains("DTSTART;TZID=America/Chicago:20261030T150000"), ics);
        assertTrue(ics.contains("DTEND;TZID=America/Chicago:20261030T160000"), ics);
        assertEquals("America/Chicago", calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow()
                .getProperty(Property.TZID).orElseThrow().getValue());
        assertTrue(ics.contains("ORGANIZER;CN=Max Manager:mailto:max@acme.example"), ics);
        assertEquals(2, event.getProperties(Property.ATTENDEE).size());
        assertTrue(ics.replace("\r\n ", "").contains("CN=Paula Partner") && ics.contains("mailto:paula@bp.example"), ics);
    }

    @Test
    void aMoveAcrossTheEndOfSummerTimeKeepsTheHourOnTheProgramsClock() throws Exception {
        // 15:00 in Chicago on Friday (CDT, 20:00 UTC) moved to 15:00 on Tuesday (CST, 21:00 UTC)
        Instant before = ZonedDateTime.of(2026, 10, 30, 15, 0, 0, 0, CHICAGO).toInstant();
        Instant after = ZonedDateTime.of(2026, 11, 3, 15, 0, 0, 0, CHICAGO).toInstant();
        assertEquals(Instant.parse("2026-11-03T21:00:00Z"), after);
        String moved = Invitation.ics(Method.REQUEST, meeting(after, 1), Instant.now());
        assertTrue(moved.contains("DTSTART;TZID=America/Chicago:20261103T150000"), moved);
        VEvent event = parse(moved).<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("1", value(event, Property.SEQUENCE));
        assertEquals(after, start(event).toInstant());
        assertEquals(before.plus(Duration.ofDays(4)).plus(Duration.ofHours(1)), after);
    }

    @Test
    void twoDaysBeforeSpringForwardItIsStillStandardTime() throws Exception {
        // iCal4j 4.2.5's own rules, rebuilt from the VTIMEZONE, put Chicago on summer time here (16:00)
        Instant start = ZonedDateTime.of(2027, 3, 12, 15, 0, 0, 0, CHICAGO).toInstant();
        assertEquals(Instant.parse("2027-03-12T21:00:00Z"), start);
        String ics = Invitation.ics(Method.REQUEST, meeting(start, 0), Instant.now());
        assertTrue(ics.contains("DTSTART;TZID=America/Chicago:20270312T150000"), ics);
        assertEquals(start, start(parse(ics).<VEvent>getComponent("VEVENT").orElseThrow()).toInstant());
    }

    /** The start as the file says it: the local time with its TZID, resolved with java.time's rules. */
    static ZonedDateTime start(VEvent event) {
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        return LocalDateTime.parse(start.getValue(), DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss"))
                .atZone(ZoneId.of(start.getParameter(Parameter.TZID).orElseThrow().getValue()));
    }

    @Test
    void aCancellationIsTheSameEventCancelled() throws Exception {
        Instant start = ZonedDateTime.of(2026, 10, 30, 15, 0, 0, 0, CHICAGO).toInstant();
        Calendar calendar = parse(Invitation.ics(Method.CANCEL, meeting(start, 3), Instant.now()));
        assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("qbr-42.acme@partnerqbr.example", value(event, Property.UID));
        assertEquals("3", value(event, Property.SEQUENCE));
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", Invitation.contentType(Method.CANCEL));
    }
}
