package com.partnerqbr.portal.calendar;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * An iCal4j time-zone registry that keeps nothing and names zones by their java.time ids. iCal4j's
 * own registry registers java.time zone rules for the whole JVM, which a second copy of iCal4j
 * (a redeployed portal, a test deployment) then fails to register again; reading calendars with
 * this one ({@code new CalendarBuilder(new NoZoneRegistry())}) registers nothing.
 */
public final class NoZoneRegistry implements TimeZoneRegistry {

    @Override
    public void register(TimeZone timezone) {
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
    }

    @Override
    public void clear() {
    }

    @Override
    public TimeZone getTimeZone(String id) {
        return null;
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return Map.of();
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        return ZoneId.of(tzId);
    }

    @Override
    public String getTzId(String zoneId) {
        return zoneId;
    }
}
