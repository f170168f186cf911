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
        String viewId = faces.getViewRoot().getViewId();
        String base = faces.getExternalContext().getRequestContextPath();
        List<Link> links = new ArrayList<>();
        if (caller.isOperator()) {
            links.add(link(base, viewId, "/operator/vendors", "Vendors"));
            return links;
        }
        if (caller.isVendorStaff()) {
            links.add(link(base, viewId, "/vendor/partners", "Partners", "/vendor/partner.xhtml", "/vendor/partner-edit.xhtml"));
            links.add(link(base, viewId, "/vendor/program", "Program"));
            links.add(link(base, viewId, "/vendor/qbrs", "QBRs", "/vendor/qbr.xhtml"));
            links.add(link(base, viewId, "/vendor/scorecards", "Scorecards", "/vendor/scorecard.xhtml"));
            if (caller.may(Permission.VIEW_COMMITMENTS_BOARD)) {
                links.add(link(base, viewId, "/vendor/commitments", "Commitments"));
            }
            links.add(link(base, viewId, "/vendor/definitions", "Definitions"));
            if (caller.may(Permission.CHANGE_PROGRAM_SETTINGS)) {
                // The sent-mail log, the audit trail and the people page are linked from the settings page and
                // belong to its section: another link in the menu would put it on two lines on a laptop
                // (EveryPageBrowserIT).
                links.add(link(base, viewId, "/vendor/program-settings", "Program settings", "/vendor/sent-mail.xhtml",
                        "/vendor/audit.xhtml", "/people.xhtml"));
            }
            if (caller.may(Permission.IMPORT_PROGRAM_DATA)) {
                links.add(link(base, viewId, "/vendor/imports", "Import data"));
            }
        } else {
            links.add(link(base, viewId, "/partner/home", "Home"));
            links.add(link(base, viewId, "/partner/scorecard", "Scorecard"));
            links.add(link(base, viewId, "/partner/qbrs", "QBRs", "/partner/qbr.xhtml"));
            links.add(link(base, viewId, "/plan", "Joint plan"));
            links.add(link(base, viewId, "/partner/definitions", "Definitions"));
            if (caller.may(Permission.READ_PEOPLE)) {
                links.add(link(base, viewId, "/people", "Team"));
            }
        }
        links.add(link(base, viewId, "/disputes", "Disputes"));
        return links;
    }

    /** A link to the page {@code page} (its view id without .xhtml), current on it and on the other pages of its section. */
    private static Link link(String base, String viewId, String page, String label, String... alsoSection) {
        boolean current = viewId.equals(page + ".xhtml") || List.of(alsoSection).contains(viewId);
        return new Link(base + page + ".xhtml", label, current);
    }
}
