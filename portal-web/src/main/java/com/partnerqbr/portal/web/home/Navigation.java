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

    /** A link: its page (outcome), its label, whether the page shown belongs to its section. */
    public record Link(String outcome, String label, boolean current) {
    }

    public List<Link> getLinks() {
        Caller caller = callerContext.current();
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        List<Link> links = new ArrayList<>();
        if (caller.isOperator()) {
            links.add(link(viewId, "/operator/vendors", "Vendors"));
            return links;
        }
        if (caller.isVendorStaff()) {
            links.add(link(viewId, "/vendor/partners", "Partners", "/vendor/partner.xhtml", "/vendor/partner-edit.xhtml"));
            links.add(link(viewId, "/vendor/program", "Program"));
            links.add(link(viewId, "/vendor/qbrs", "QBRs", "/vendor/qbr.xhtml"));
            links.add(link(viewId, "/vendor/scorecards", "Scorecards", "/vendor/scorecard.xhtml"));
            if (caller.may(Permission.VIEW_COMMITMENTS_BOARD)) {
                links.add(link(viewId, "/vendor/commitments", "Commitments"));
            }
            links.add(link(viewId, "/vendor/definitions", "Definitions"));
            if (caller.may(Permission.CHANGE_PROGRAM_SETTINGS)) {
                // The sent-mail log, the audit trail and the people page are linked from the settings page and
                // belong to its section: another link in the menu would put it on two lines on a laptop
                // (EveryPageBrowserIT).
                links.add(link(viewId, "/vendor/program-settings", "Program settings", "/vendor/sent-mail.xhtml",
                        "/vendor/audit.xhtml", "/people.xhtml"));
            }
            if (caller.may(Permission.IMPORT_PROGRAM_DATA)) {
                links.add(link(viewId, "/vendor/imports", "Import data"));
            }
        } else {
            links.add(link(viewId, "/partner/home", "Home"));
            links.add(link(viewId, "/partner/scorecard", "Scorecard"));
            links.add(link(viewId, "/partner/qbrs", "QBRs", "/partner/qbr.xhtml"));
            links.add(link(viewId, "/plan", "Joint plan"));
            links.add(link(viewId, "/partner/definitions", "Definitions"));
            if (caller.may(Permission.READ_PEOPLE)) {
                links.add(link(viewId, "/people", "Team"));
            }
        }
        links.add(link(viewId, "/disputes", "Disputes"));
        return links;
    }

    /** A link to {@code outcome}, current on its own page and on the other pages of its section. */
    private static Link link(String viewId, String outcome, String label, String... alsoSection) {
        boolean current = viewId.equals(outcome + ".xhtml") || List.of(alsoSection).contains(viewId);
        return new Link(outcome, label, current);
    }
}
