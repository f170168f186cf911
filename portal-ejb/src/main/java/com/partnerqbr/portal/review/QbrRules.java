package com.partnerqbr.portal.review;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import com.partnerqbr.portal.program.segment.Segment;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The QBR rules, pure: when a QBR may start, which quarters one may review, and the dashboard's
 * three lists, from the partners of the QBR segments (segments whose format is a quarterly QBR)
 * and the QBRs that are not cancelled.
 *
 * <ul>
 *   <li><b>Scheduled</b>: scheduled QBRs that have not started yet, soonest first.</li>
 *   <li><b>To schedule</b>: partners of a QBR segment in the current quarter without a scheduled or
 *       held QBR for it.</li>
 *   <li><b>Overdue</b>: partners of a QBR segment in the previous quarter (it has ended) without a
 *       held QBR for it, and every scheduled QBR whose start has passed without being marked held.</li>
 * </ul>
 */
public final class QbrRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private QbrRules() {
    }

    /** A partner of a QBR segment in a quarter. */
    public record Due(long partnerId, String partnerName, Segment segment, Quarter quarter) {
    }

    /** A review that is late: why in words, and its QBR if one is scheduled (null if none). */
    public record Overdue(long partnerId, String partnerName, Segment segment, Quarter quarter, QbrView qbr,
                          String why) {
    }

    /** The dashboard's QBR lists. */
    public record Board(List<QbrView> scheduled, List<Due> toSchedule, List<Overdue> overdue) {
    }

    /** A partner's next QBR: the next scheduled one's start (null if none) and the day the next one is due by. */
    public record Next(LocalDateTime scheduledFor, LocalDate dueBy) {
    }

    /**
     * The start of a QBR, in UTC, from a form's date ({@code 2026-12-03}) and time ({@code 15:00})
     * read in the person's time zone {@code zone}; refused with what is expected when either is
     * missing or not a real date or time, and when the clocks skip that time in the zone (the
     * spring change). A time the autumn change repeats is the first of the two.
     */
    public static LocalDateTime start(String date, String time, ZoneId zone) {
        return start(date, time, zone, "the QBR");
    }

    /** As {@link #start(String, String, ZoneId)}, for a meeting other than a QBR ("the session"). */
    public static LocalDateTime start(String date, String time, ZoneId zone, String meeting) {
        if (date == null || date.isBlank() || time == null || time.isBlank()) {
            throw new RefusedException("Enter the date and the time (" + zone.getId() + ") of " + meeting + ".");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new RefusedException("'" + date.strip() + "' is not a date: write it like 2026-12-03.");
        }
        LocalDateTime local;
        try {
            local = day.atTime(LocalTime.parse(time.strip(), TIME));
        } catch (DateTimeParseException e) {
            throw new RefusedException("'" + time.strip() + "' is not a time: write it like 15:00.");
        }
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new RefusedException(local.toLocalTime() + " does not exist on " + day + " in " + zone.getId()
                    + ": the clocks go forward then; choose another time.");
        }
        return local.atZone(zone).withEarlierOffsetAtOverlap().withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /**
     * Refuses a start before now (both in UTC): a QBR is scheduled or moved to now or later; the
     * refusal shows both times in the reader's {@code zone}.
     */
    public static void requireNotPast(LocalDateTime startsAt, LocalDateTime now, ZoneId zone) {
        if (startsAt == null) {
            throw new RefusedException("Enter the date and the time of the QBR.");
        }
        if (startsAt.isBefore(now)) {
            throw new RefusedException(ReviewFormats.when(startsAt, zone) + " is in the past; choose a date and time"
                    + " from " + ReviewFormats.when(now, zone) + " on.");
        }
    }

    /**
     * Refuses a quarter a QBR may not review: the previous quarter (a late QBR), the current one
     * or the next one are allowed.
     */
    public static void requireSchedulable(Quarter quarter, Quarter current) {
        if (quarter == null || quarter.compareTo(current.previous()) < 0 || quarter.compareTo(current.next()) > 0) {
            throw new RefusedException("A QBR reviews " + current.previous() + ", " + current + " or " + current.next()
                    + ": choose one of them.");
        }
    }

    /**
     * The dashboard's lists.
     *
     * @param current          the current quarter
     * @param dueNow           partners of a QBR segment in the current quarter
     * @param duePreviously    partners of a QBR segment in the previous quarter
     * @param qbrs             QBRs that are not cancelled: those of the previous quarter on, and every scheduled one
     * @param now              now, in UTC
     * @param zone             the reader's zone, in which the overdue reasons show times
     */
    public static Board board(Quarter current, List<Due> dueNow, List<Due> duePreviously, List<QbrView> qbrs,
                              LocalDateTime now, ZoneId zone) {
        Quarter previous = current.previous();
        Set<String> booked = new HashSet<>();
        Set<String> held = new HashSet<>();
        Map<String, QbrView> scheduledOf = new HashMap<>();
        for (QbrView q : qbrs) {
            String key = key(q.partnerId(), q.quarter());
            booked.add(key);
            if (q.status() == QbrStatus.HELD) {
                held.add(key);
            } else if (q.status() == QbrStatus.SCHEDULED) {
                scheduledOf.put(key, q);
            }
        }
        List<QbrView> scheduled = qbrs.stream()
                .filter(q -> q.status() == QbrStatus.SCHEDULED && !q.startsAt().isBefore(now))
                .sorted(Comparator.comparing(QbrView::startsAt).thenComparing(QbrView::partnerName)).toList();
        List<Due> toSchedule = dueNow.stream().filter(d -> !booked.contains(key(d.partnerId(), current)))
                .sorted(Comparator.comparing(Due::segment).thenComparing(Due::partnerName)).toList();

        Map<String, Overdue> overdue = new HashMap<>();
        Map<String, Segment> segments = new HashMap<>();
        dueNow.forEach(d -> segments.put(key(d.partnerId(), d.quarter()), d.segment()));
        for (Due d : duePreviously) {
            String key = key(d.partnerId(), previous);
            segments.put(key, d.segment());
            if (held.contains(key)) {
                continue;
            }
            QbrView late = scheduledOf.get(key);
            overdue.put(key, new Overdue(d.partnerId(), d.partnerName(), d.segment(), previous, late, late == null
                    ? "no QBR held for " + previous
                    : passed(late, now) ? notMarkedHeld(late, zone)
                    : previous + " ended without a QBR; scheduled for " + late.when(zone)));
        }
        for (QbrView q : scheduledOf.values()) {
            String key = key(q.partnerId(), q.quarter());
            if (passed(q, now) && !overdue.containsKey(key)) {
                overdue.put(key, new Overdue(q.partnerId(), q.partnerName(), segments.get(key), q.quarter(), q,
                        notMarkedHeld(q, zone)));
            }
        }
        List<Overdue> late = new ArrayList<>(overdue.values());
        late.sort(Comparator.comparing(Overdue::quarter).thenComparing(Overdue::partnerName));
        return new Board(scheduled, toSchedule, List.copyOf(late));
    }

    /**
     * The partner's next QBR from its QBRs: the soonest scheduled one that has not started, and
     * the last day of the first quarter from the current one on without a held QBR.
     */
    public static Next next(List<QbrView> qbrs, Quarter current, LocalDateTime now) {
        LocalDateTime scheduledFor = qbrs.stream()
                .filter(q -> q.status() == QbrStatus.SCHEDULED && !q.startsAt().isBefore(now))
                .map(QbrView::startsAt).min(Comparator.naturalOrder()).orElse(null);
        Set<Quarter> heldQuarters = new HashSet<>();
        qbrs.stream().filter(q -> q.status() == QbrStatus.HELD).forEach(q -> heldQuarters.add(q.quarter()));
        Quarter due = current;
        while (heldQuarters.contains(due)) {
            due = due.next();
        }
        return new Next(scheduledFor, due.lastDay());
    }

    private static boolean passed(QbrView q, LocalDateTime now) {
        return q.startsAt().isBefore(now);
    }

    private static String notMarkedHeld(QbrView q, ZoneId zone) {
        return "scheduled for " + q.when(zone) + ", not marked held";
    }

    private static String key(long partnerId, Quarter quarter) {
        return partnerId + "/" + quarter;
    }
}
