package com.partnerqbr.portal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A person's calendar feed as an iCalendar file (RFC 5545, METHOD:PUBLISH, written with iCal4j) that
 * a calendar application subscribes to: meetings at a time in the program's zone (with its
 * VTIMEZONE, as {@link Invitation} writes them), a meeting that repeats monthly a number of times
 * (RRULE), and whole days (a due date). Each event keeps its UID from one reading to the next, so
 * the application updates it in place.
 */
public final class Feed {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Feed() {
    }

    /**
     * An event: a meeting ({@code start} and {@code length}; {@code monthly} times in all when above 1)
     * or a whole day ({@code day}).
     */
    public record Event(String uid, String summary, String description, Instant start, Duration length, int monthly,
                        LocalDate day) {

        public static Event meeting(String uid, String summary, String description, Instant start, Duration length) {
            return new Event(uid, summary, description, start, length, 1, null);
        }

        public static Event monthly(String uid, String summary, String description, Instant start, Duration length,
                                    int times) {
            return new Event(uid, summary, description, start, length, times, null);
        }

        public static Event wholeDay(String uid, String summary, String description, LocalDate day) {
            return new Event(uid, summary, description, null, null, 1, day);
        }
    }

    /** The .ics text of the feed named {@code name}, its times in {@code zone}, stamped {@code stamp}. */
    public static String ics(String name, ZoneId zone, List<Event> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Partner portal//Personal calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(ShippedZones.of(zone));
        for (Event e : events) {
            VEvent event = new VEvent(false);
            event.add(new Uid(e.uid()));
            event.add(new DtStamp(stamp));
            if (e.day() != null) {
                ParameterList date = new ParameterList(List.of(Value.DATE));
                event.add(new DtStart<>(date, DAY.format(e.day())));
                event.add(new DtEnd<>(date, DAY.format(e.day().plusDays(1))));
            } else {
                Invitation.times(event, e.start(), e.length(), zone, e.monthly());
            }
            event.add(new Summary(e.summary()));
            event.add(new Description(e.description()));
            calendar.add(event);
        }
        return Invitation.text(calendar);
    }
}
