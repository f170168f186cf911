package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.program.ProgramClock;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a plan counts in: the program's time zone (UTC unless the vendor chose another). Due
 * dates are days of that zone; today, the QBR's day, the day of a check-in or of the plan coming
 * into force are read in it, so "overdue" and "no check-in within the cadence" turn at the
 * program's midnight, not at UTC's.
 */
@Stateless
public class PlanCalendar {

    @EJB
    private ProgramClock programClock;

    public ZoneId zone() {
        return programClock.clock().zone();
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** The day a moment falls on in the program's zone. */
    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    /** "Fri 2026-10-30 15:00 CDT (America/Chicago)": a moment in the program's zone, the zone named. */
    public String shown(Instant at) {
        return at == null ? "" : Deadlines.shown(at, zone());
    }

    /** The day the plan's QBR starts, in the program's zone: due dates lie after it. */
    public LocalDate qbrDay(JointPlan plan) {
        return dayOf(plan.getQbr().getStart());
    }
}
