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
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

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

    /** A person by name and address. */
    public record Person(String name, String email) {
    }

    /** The meeting: what, when (an instant and its length), in which zone it is shown, who. */
    public record Meeting(String uid, int sequence, String summary, String description, Instant start, Duration length,
                          ZoneId zone, Person organizer, List<Person> attendees) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private Invitation() {
    }

    /** The .ics text for the meeting, stamped {@code stamp}. */
    public static String ics(Method method, Meeting m, Instant stamp) {
        ZonedDateTime start = m.start().atZone(m.zone());
        VEvent event = new VEvent(false);
        event.add(new Uid(m.uid()));
        event.add(new Sequence(m.sequence()));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(zoned(m.zone()), LOCAL.format(start)));
        event.add(new DtEnd<>(zoned(m.zone()), LOCAL.format(start.plus(m.length()))));
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
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("the invitation could not be written", e);
        }
        return out.toString();
    }

    /**
     * The time of day on the meeting's clock with its zone's TZID, written as given: iCal4j 4.2.5
     * converts a ZonedDateTime through rules it rebuilds from the VTIMEZONE, and those put
     * America/Chicago on summer time before the second Sunday of March 2027 (15:00 CST came out as
     * 16:00), so the local time is computed with java.time and handed over as text.
     */
    private static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
