package com.partnerqbr.portal.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A meeting invitation as an iCalendar file (RFC 5545/5546, written with iCal4j): one event with a
 * UID that stays the same for the meeting's life, a SEQUENCE its sender raises with every change,
 * METHOD:REQUEST to invite or move it and METHOD:CANCEL to call it off, the organizer, one ATTENDEE
 * a person, and its times in the meeting's zone with that zone's VTIMEZONE, so that a calendar
 * shows the right hour on both sides of a change of the clocks.
 */
public final class Invitation {

    /** The MIME type of the file for a method: "text/calendar; method=REQUEST; charset=UTF-8". */
    public static String contentType(Method method) {
        return "text/calendar; method=" + method.name() + "; charset=UTF-8";
    }

    /** What the file asks of the calendar that receives it. */
    public enum Method {
        REQUEST, CANCEL
    }

    /** The monthly check-ins of a strategic partner between QBRs: 30 minutes, twice, a month apart. */
    public static final Duration CHECK_IN_LENGTH = Duration.ofMinutes(30);
    public static final int CHECK_INS_TIMES = 2;
    public static final String CHECK_INS = "A short monthly look at the commitments of the joint plan, until the next QBR.";

    /** The UID of a QBR's event, the same in invitations and feeds. */
    public static String qbrUid(long qbrId, String vendorCode) {
        return "qbr-" + qbrId + "." + vendorCode + "@partner-portal";
    }

    /** The UID of the monthly check-ins after a QBR, the same in invitations and feeds. */
    public static String checkInsUid(long qbrId, String vendorCode) {
        return "check-ins-" + qbrId + "." + vendorCode + "@partner-portal";
    }

    /** The first monthly check-in: a month after the QBR, at the same time on the zone's clock. */
    public static Instant checkInsStart(Instant qbrStart, ZoneId zone) {
        return qbrStart.atZone(zone).plusMonths(1).toInstant();
    }

    /** A person by name and address. */
    public record Person(String name, String email) {
    }

    /** The meeting: what, when (an instant and its length; {@code monthly} times in all when above 1), in which zone it is shown, who. */
    public record Meeting(String uid, int sequence, String summary, String description, Instant start, Duration length,
                          ZoneId zone, Person organizer, List<Person> attendees, int monthly) {

        /** A meeting that happens once. */
        public Meeting(String uid, int sequence, String summary, String description, Instant start, Duration length,
                       ZoneId zone, Person organizer, List<Person> attendees) {
            this(uid, sequence, summary, description, start, length, zone, organizer, attendees, 1);
        }
    }

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private Invitation() {
    }

    /** The .ics text for the meeting, stamped {@code stamp}. */
    public static String ics(Method method, Meeting m, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(m.uid()));
        event.add(new Sequence(m.sequence()));
        event.add(new DtStamp(stamp));
        times(event, m.start(), m.length(), m.zone(), m.monthly());
        event.add(new Summary(m.summary()));
        event.add(new Description(m.description()));
        Organizer organizer = new Organizer(mailto(m.organizer().email()));
        organizer.add(new Cn(m.organizer().name()));
        event.add(organizer);
        for (Person p : m.attendees()) {
            Attendee attendee = new Attendee(mailto(p.email()));
            attendee.add(new Cn(p.name()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            event.add(attendee);
        }
        if (method == Method.CANCEL) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Partner portal//QBR invitations//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method == Method.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
        calendar.add(ShippedZones.of(m.zone()));
        calendar.add(event);
        return text(calendar);
    }

    /** A meeting's start and end on the zone's clock with its TZID, and its monthly repetition when above 1. */
    static void times(VEvent event, Instant at, Duration length, ZoneId zone, int monthly) {
        ZonedDateTime start = at.atZone(zone);
        event.add(new DtStart<>(zoned(zone), LOCAL.format(start)));
        event.add(new DtEnd<>(zoned(zone), LOCAL.format(start.plus(length))));
        if (monthly > 1) {
            event.add(new RRule<>(new Recur<>(Frequency.MONTHLY, monthly)));
        }
    }

    /** The calendar as .ics text. */
    static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("the calendar could not be written", e);
        }
        return out.toString();
    }

    /**
     * The time of day on the meeting's clock with its zone's TZID, written as given: iCal4j 4.2.5
     * converts a ZonedDateTime through rules it rebuilds from the VTIMEZONE, and those put
     * America/Chicago on summer time before the second Sunday of March 2027 (15:00 CST came out as
     * 16:00), so the local time is computed with java.time and handed over as text.
     */
    static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
