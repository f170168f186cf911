package com.partnerqbr.portal.kernel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The deadlines before a meeting, pure: 72, 48 and 24 hours before its start, counted in the
 * program's time zone. A deadline keeps the meeting's time of day on the program's clock: a QBR
 * on Monday 15:00 in Chicago has its 72-hour deadline on Friday 15:00 in Chicago, also when the
 * clocks changed over the weekend (then 71 or 73 hours pass in between). Times are instants (UTC);
 * only the counting uses the zone.
 */
public final class Deadlines {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm", Locale.ENGLISH);

    private Deadlines() {
    }

    /** What is due before a QBR, and how many hours before its start. */
    public enum Deadline {
        AGENDA(72, "Agenda and topics"),
        PRE_READ(48, "Scorecard frozen and pre-read published"),
        PRE_READ_OPENED(24, "Pre-read opened by the partner's attendees");

        private final int hoursBefore;
        private final String label;

        Deadline(int hoursBefore, String label) {
            this.hoursBefore = hoursBefore;
            this.label = label;
        }

        public int hoursBefore() {
            return hoursBefore;
        }

        public String getLabel() {
            return label;
        }
    }

    /** Where a deadline stands. */
    public enum Status {
        DUE("due"),
        ON_TIME("on time"),
        LATE("late"),
        MISSED("missed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The moment a deadline falls due before a meeting starting at {@code start}, counted in {@code zone}. */
    public static Instant due(Deadline deadline, Instant start, ZoneId zone) {
        return start.atZone(zone).minusDays(deadline.hoursBefore() / 24).toInstant();
    }

    /**
     * When a QBR's recap is due: 24 hours after the meeting ends, counted in the program's zone like
     * the deadlines before it (the same time of day on the next day, also across a change of the clocks).
     */
    public static Instant recapDue(Instant meetingEnd, ZoneId zone) {
        return meetingEnd.atZone(zone).plusDays(1).toInstant();
    }

    /**
     * Where a deadline stands: done at or before it is on time, done after it late; not done,
     * it is due until the moment passes, then missed.
     */
    public static Status status(Instant due, Instant doneAt, Instant now) {
        if (doneAt != null) {
            return doneAt.isAfter(due) ? Status.LATE : Status.ON_TIME;
        }
        return now.isAfter(due) ? Status.MISSED : Status.DUE;
    }

    /** "Fri 2026-10-30 15:00 CDT (America/Chicago)": a moment in a person's zone, the zone named. */
    public static String shown(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        String abbreviation = local.format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH));
        String id = zone.getId();
        return local.format(SHOWN) + " " + abbreviation + (abbreviation.equals(id) ? "" : " (" + id + ")");
    }
}
