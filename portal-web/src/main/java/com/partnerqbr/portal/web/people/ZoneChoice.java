package com.partnerqbr.portal.web.people;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.ViewerZones;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;

/**
 * A person choosing the time zone times show in: the time-zone page's form and the offer every page
 * makes until the zone is chosen (WEB-INF/templates/layout.xhtml). Apart from {@link ViewerTime}, which
 * every page uses, so that a page that is only shown does not make the reference to the service that
 * keeps the choice.
 */
@Named
@RequestScoped
public class ZoneChoice {

    @EJB
    private ViewerZones viewerZones;

    @Inject
    private ViewerTime viewerTime;

    /** The zones a person may choose: the IANA region ids (Europe/Berlin), sorted. */
    public List<String> getZoneIds() {
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
        choose(viewerTime.getZone().getId());
        return back();
    }

    private void choose(String asked) {
        try {
            Messages.info(viewerZones.choose(asked).map(z -> "Saved: times show in " + z.getId() + ".")
                    .orElse("Saved: times show in the program's time zone, " + viewerTime.getProgramZone() + "."));
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
