package com.partnerqbr.portal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.calendar.Feed.Event;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class FeedTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void aFeedHoldsMeetingsInTheZoneARepeatingMeetingAndWholeDaysEachWithItsUid() throws Exception {
        Instant qbr = Instant.parse("2027-03-12T21:00:00Z"); // 15:00 CST, two days before the spring forward
        String ics = Feed.ics("Acme partner portal: max", CHICAGO, List.of(
                Event.meeting("qbr-1.acme@partner-portal", "QBR: Brightpath and Acme (2027-Q1)", "60-minute QBR.", qbr,
                        Duration.ofMinutes(60)),
                Event.monthly("check-ins-1.acme@partner-portal", "Monthly check-in", "A short look.",
                        qbr.atZone(CHICAGO).plusMonths(1).toInstant(), Duration.ofMinutes(30), 2),
                Event.wholeDay("due-commitment-7.acme@partner-portal", "Due: register 5 deals", "Open.",
                        LocalDate.of(2027, 3, 31))), Instant.parse("2027-03-01T00:00:00Z"));
        Calendar calendar = new CalendarBuilder(new NoZoneRegistry()).build(new StringReader(ics));
        assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("America/Chicago", calendar.getComponent("VTIMEZONE").orElseThrow().getProperty(Property.TZID)
                .orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(List.of("qbr-1.acme@partner-portal", "check-ins-1.acme@partner-portal",
                "due-commitment-7.acme@partner-portal"), events.stream().map(e -> value(e, Property.UID)).toList());
        Property start = events.get(0).getProperty(Property.DTSTART).orElseThrow();
        assertEquals("20270312T150000", start.getValue());
        assertEquals("America/Chicago", start.getParameter(Parameter.TZID).orElseThrow().getValue());
        assertEquals("20270412T150000", value(events.get(1), Property.DTSTART), "15:00 on the clock after the change");
        assertEquals("FREQ=MONTHLY;COUNT=2", value(events.get(1), Property.RRULE));
        assertEquals("20270331", value(events.get(2), Property.DTSTART));
        assertEquals("20270401", value(events.get(2), Property.DTEND));
        assertEquals("Due: register 5 deals", value(events.get(2), Property.SUMMARY));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }
}
