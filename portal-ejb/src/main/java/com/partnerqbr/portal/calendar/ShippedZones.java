package com.partnerqbr.portal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * A zone's VTIMEZONE as iCal4j ships it ({@code zoneinfo/<id>.ics}), read without iCal4j's
 * time-zone registry. That registry registers java.time zone rules under generated ids for the
 * whole JVM, and a second copy of iCal4j (the portal redeployed, or a second application using
 * it) then fails to register the same ids ("Unable to register zone as one already registered"),
 * so every invitation failed until the server restarted. Only the VTIMEZONE text is taken from
 * iCal4j; the event's local times are computed with java.time ({@link Invitation}).
 */
final class ShippedZones {

    private ShippedZones() {
    }

    static VTimeZone of(ZoneId zone) {
        String resource = "zoneinfo/" + zone.getId() + ".ics";
        try (InputStream in = VTimeZone.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("iCal4j ships no VTIMEZONE for " + zone.getId());
            }
            for (CalendarComponent component : new CalendarBuilder(new NoZoneRegistry()).build(in).getComponents()) {
                if (component instanceof VTimeZone vtimezone) {
                    return vtimezone;
                }
            }
            throw new IllegalArgumentException(resource + " holds no VTIMEZONE");
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("the VTIMEZONE of " + zone.getId() + " could not be read", e);
        }
    }
}
