package com.partnerqbr.portal.web.home;

import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sends a signed-in user to the home of their side: the program for vendor staff, their partner for partner users,
 * the vendors for the platform's operator.
 */
@Named
@RequestScoped
public class Landing {

    @Inject
    private CallerContext callerContext;

    public String route() {
        if (callerContext.current().isOperator()) {
            return "/operator/vendors.xhtml?faces-redirect=true";
        }
        return callerContext.current().isVendorStaff()
                ? "/vendor/partners.xhtml?faces-redirect=true"
                : "/partner/home.xhtml?faces-redirect=true";
    }
}
