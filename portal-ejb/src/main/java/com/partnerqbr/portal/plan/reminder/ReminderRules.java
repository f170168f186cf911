package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.plan.JointPlan;
import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * When the reminders between QBRs are due. Days are days of the program's zone.
 * <ul>
 * <li>a check-in: from 3 days before the commitment's cadence runs out (counted from its last
 * check-in, or from the day its plan came into force) until the day it does, while the
 * commitment is neither done nor dropped; "at the next QBR" has no check-in between QBRs. The day
 * after, the missed check-in is flagged to both sides ({@code CommitmentFlags});</li>
 * <li>a metric definition waiting for a partner's answer: once it has waited a week;</li>
 * <li>a questioned figure: once it has been open for more than 14 days.</li>
 * </ul>
 */
public final class ReminderRules {

    /** How many days before the cadence runs out the owner is reminded. */
    public static final int CHECK_IN_NOTICE_DAYS = 3;
    public static final Duration DEFINITION_WAIT = Duration.ofDays(7);
    public static final Duration DISPUTE_OPEN = Duration.ofDays(14);

    private ReminderRules() {
    }

    /** The day a check-in is due (the cadence runs out), or null when the cadence has none between QBRs. */
    public static LocalDate checkInDay(Cadence cadence, LocalDate since) {
        return cadence.days() == 0 ? null : since.plusDays(cadence.days());
    }

    /** Whether the owner is reminded of a check-in today. */
    public static boolean checkInDue(CommitmentStatus status, Cadence cadence, LocalDate since, LocalDate today) {
        LocalDate day = checkInDay(cadence, since);
        return !status.closed() && day != null && !today.isBefore(day.minusDays(CHECK_IN_NOTICE_DAYS))
                && !today.isAfter(day);
    }

    /** Whether a definition published then has waited long enough for its reminder. */
    public static boolean definitionWaitedLongEnough(Instant publishedAt, Instant now) {
        return !publishedAt.plus(DEFINITION_WAIT).isAfter(now);
    }

    /** Whether a dispute raised then and still open is due for its reminder. */
    public static boolean disputeOpenTooLong(Instant raisedAt, Instant now) {
        return raisedAt.plus(DISPUTE_OPEN).isBefore(now);
    }

    /** The moment a plan came into force: the later of the two sides' confirmations (null before). */
    public static Instant inForceSince(JointPlan plan) {
        Instant vendor = plan.getVendorConfirmedAt();
        Instant partner = plan.getPartnerConfirmedAt();
        return vendor == null ? partner : partner == null ? vendor : vendor.isAfter(partner) ? vendor : partner;
    }

    /** "2026-W49": the week of a day, for the weekly digest's key. */
    public static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
