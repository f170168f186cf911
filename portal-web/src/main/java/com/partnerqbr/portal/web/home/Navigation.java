package com.partnerqbr.portal.web.home;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The main navigation ({@code WEB-INF/includes/nav.xhtml}): the links of the signed-in user's
 * side in the order shown, a page a role may not use left out, the link of the current section
 * marked. A new page adds its link here.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    private CallerContext callerContext;

    /**
     * A link: its address, its label, whether the page shown belongs to its section. A plain address, not an
     * {@code h:link}'s outcome: the navigation handler's work for each link was ~3% of a signed-in page's time.
     */
    public record Link(String href, String label, boolean current) {
    }

    public List<Link> getLinks() {
        Caller caller = callerContext.current();
        FacesContext faces = FacesContext.getCurrentInstance();
        Links links = new Links(faces.getExternalContext().getRequestContextPath(), faces.getViewRoot().getViewId(),
                new ArrayList<>());
        if (caller.isOperator()) {
            links.add("/operator/vendors", "Vendors");
            return links.all();
        }
        if (caller.isVendorStaff()) {
            links.add("/vendor/partners", "Partners", "/vendor/partner.xhtml", "/vendor/partner-edit.xhtml");
            links.add("/vendor/program", "Program");
            links.add("/vendor/qbrs", "QBRs", "/vendor/qbr.xhtml");
            links.add("/vendor/scorecards", "Scorecards", "/vendor/scorecard.xhtml");
            if (caller.may(Permission.VIEW_COMMITMENTS_BOARD)) {
                links.add("/vendor/commitments", "Commitments");
            }
            links.add("/vendor/definitions", "Definitions");
            if (caller.may(Permission.CHANGE_PROGRAM_SETTINGS)) {
                // The sent-mail log, the audit trail and the people page are linked from the settings page and
                // belong to its section: another link in the menu would put it on two lines on a laptop
                // (EveryPageBrowserIT).
                links.add("/vendor/program-settings", "Program settings", "/vendor/sent-mail.xhtml",
                        "/vendor/audit.xhtml", "/people.xhtml");
            }
            if (caller.may(Permission.IMPORT_PROGRAM_DATA)) {
                links.add("/vendor/imports", "Import data");
            }
        } else {
            links.add("/partner/home", "Home");
            links.add("/partner/scorecard", "Scorecard");
            links.add("/partner/qbrs", "QBRs", "/partner/qbr.xhtml");
            links.add("/plan", "Joint plan");
            links.add("/partner/definitions", "Definitions");
            if (caller.may(Permission.READ_PEOPLE)) {
                links.add("/people", "Team");
            }
        }
        links.add("/disputes", "Disputes");
        return links.all();
    }

    /** The links being listed for the page shown ({@code viewId}), their addresses under the application's {@code base}. */
    private record Links(String base, String viewId, List<Link> all) {

        /** A link to the page {@code page} (its view id without .xhtml), current on it and on the other pages of its section. */
        void add(String page, String label, String... alsoSection) {
            boolean current = viewId.equals(page + ".xhtml") || List.of(alsoSection).contains(viewId);
            all.add(new Link(base + page + ".xhtml", label, current));
        }
    }
}
