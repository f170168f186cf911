package com.partnerqbr.portal.web.people;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.ProgramClock.ViewerZoneChoice;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Times as the person reading the page reads them: every page that shows a moment shows it
 * through {@link #shown(Instant)} ("Fri 2026-10-30 15:00 CDT (America/Chicago)"), in the zone the
 * person chose on the time-zone page, or else the program's zone; forms read times in the same
 * zone ({@link #getZone()}, named beside the field). Deadlines are still counted in the program's
 * zone by the services; only the showing and the reading follow the person. The person changes
 * the zone with {@link ZoneChoice}.
 *
 * <p>One instance for the application, the person's zone kept in the request: a bean of each request
 * made a new reference to the program clock for every page (its lookup was ~2% of a page's server time).
 */
@Named
@ApplicationScoped
public class ViewerTime {

    /** The request attribute the person's zone and choice are kept in, read once a request. */
    private static final String CHOICE = ViewerTime.class.getName() + ".choice";

    @EJB
    private ProgramClock programClock;

    @Inject
    private CallerContext callerContext;

    /** The person's zone: the one they chose, or the program's. */
    public ZoneId getZone() {
        return choice().zone();
    }

    /** True when the person chose their zone (otherwise it is the program's). */
    public boolean isChosen() {
        return choice().chosen();
    }

    private ViewerZoneChoice choice() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        ViewerZoneChoice choice = (ViewerZoneChoice) request.get(CHOICE);
        if (choice == null) {
            // The platform's operator has no program and no zone of its own to choose: UTC, never offered another.
            choice = callerContext.current().isOperator() ? new ViewerZoneChoice(ZoneOffset.UTC, true)
                    : programClock.viewerZoneChoice();
            request.put(CHOICE, choice);
        }
        return choice;
    }

    /** The program's zone, in which deadlines count. */
    public ZoneId getProgramZone() {
        return programClock.clock().zone();
    }

    /** A moment in the person's zone, the zone named; empty for none. */
    public String shown(Instant at) {
        return at == null ? "" : Deadlines.shown(at, getZone());
    }

    /** A moment kept as a UTC date and time (a QBR's start), in the person's zone, the zone named. */
    public String shownUtc(LocalDateTime utc) {
        return utc == null ? "" : ReviewFormats.when(utc, getZone());
    }

    public Instant getNow() {
        return Instant.now();
    }
}
