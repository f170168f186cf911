package com.partnerqbr.portal.web.people;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.ViewerZones;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.ProgramClock.ViewerZoneChoice;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Times as the person reading the page reads them: every page that shows a moment shows it
 * through {@link #shown(Instant)} ("Fri 2026-10-30 15:00 CDT (America/Chicago)"), in the zone the
 * person chose on the time-zone page, or else the program's zone; forms read times in the same
 * zone ({@link #getZone()}, named beside the field). Deadlines are still counted in the program's
 * zone by the services; only the showing and the reading follow the person.
 */
@Named
@RequestScoped
public class ViewerTime {

    @EJB
    private ViewerZones viewerZones;

    @EJB
    private ProgramClock programClock;

    @Inject
    private CallerContext callerContext;

    /** The person's zone and whether they chose it, read once a request. */
    private ViewerZoneChoice choice;

    /** The person's zone: the one they chose, or the program's. */
    public ZoneId getZone() {
        return choice().zone();
    }

    /** True when the person chose their zone (otherwise it is the program's). */
    public boolean isChosen() {
        return choice().chosen();
    }

    private ViewerZoneChoice choice() {
        if (choice == null) {
            // The platform's operator has no program and no zone of its own to choose: UTC, never offered another.
            choice = callerContext.current().isOperator() ? new ViewerZoneChoice(ZoneOffset.UTC, true)
                    : programClock.viewerZoneChoice();
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

    /** The zones a person may choose: the IANA region ids (Europe/Berlin), sorted. */
    public java.util.List<String> getZoneIds() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic"
                + "|Australia|Europe|Indian|Pacific)/.+") || z.equals("UTC")).sorted().toList();
    }

    /** The time-zone form: keeps the person's zone (empty: the program's) and says so, or why not. */
    public String change() {
        choose(parameter("timeZone"));
        return "/time-zone.xhtml?faces-redirect=true";
    }

    /**
     * The offer shown on a person's first pages while they have not chosen a zone: its script
     * reads the browser's zone ({@code Intl}) and, when it differs from the one times show in,
     * offers it; "Use" keeps the browser's zone, "Keep" the zone shown now, and either way the
     * offer is answered and the person is back on the page they were on.
     */
    public String useBrowserZone() {
        choose(parameter("timeZone"));
        return back();
    }

    /** The offer's "Keep": the zone times show in now becomes the person's own. */
    public String keepZone() {
        choose(getZone().getId());
        return back();
    }

    private void choose(String asked) {
        try {
            Messages.info(viewerZones.choose(asked).map(z -> "Saved: times show in " + z.getId() + ".")
                    .orElse("Saved: times show in the program's time zone, " + getProgramZone() + "."));
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
        }
    }

    /** The page the offer was answered on (a path of the portal only, never another site), or the start page. */
    private String back() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String page = parameter("back");
        String portal = external.getRequestContextPath() + "/";
        try {
            external.redirect(page != null && page.startsWith(portal) && page.matches("[A-Za-z0-9/._?&=%+-]*")
                    && !page.contains("//") ? page : portal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
