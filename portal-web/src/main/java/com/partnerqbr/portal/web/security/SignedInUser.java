package com.partnerqbr.portal.web.security;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The signed-in user as the layout shows it, and sign-out. One instance for the application (the user is the
 * request's {@link CallerContext}): a bean of each request made a new reference to the vendor directory for
 * every page (its lookup was ~2% of a page's server time).
 */
@Named
@ApplicationScoped
public class SignedInUser {

    @Inject
    private CallerContext callerContext;

    @Inject
    private OidcSettings oidcSettings;

    @EJB
    private VendorDirectory vendors;

    private Caller caller() {
        return callerContext.current();
    }

    public String getName() {
        return caller().name();
    }

    public String getVendorName() {
        if (caller().isOperator()) {
            return "Platform operations:";
        }
        return vendors.identity(caller().vendorCode()).map(VendorDirectory.Identity::name).orElse(caller().vendorCode());
    }

    public boolean isVendorStaff() {
        return caller().isVendorStaff();
    }

    /** For the navigation: the vendor admin's pages (import, program settings). */
    public boolean isVendorAdmin() {
        return caller().hasRole(Role.VENDOR_ADMIN);
    }

    public boolean isPartnerUser() {
        return caller().isPartnerUser();
    }

    /**
     * Ends the portal session and the identity provider's session (RP-initiated logout),
     * then lands on the signed-out page.
     */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String idToken = SignIn.of(request.getSession(false)).orElseThrow().identityToken();
        String signedOut = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/signed-out.xhtml";
        // Ending the session ends the portal sign-in (its SignIn lives in it);
        // HttpServletRequest.logout() is not used: on Payara it commits the response.
        external.invalidateSession();
        external.redirect(oidcSettings.getEndSessionUri()
                + "?client_id=" + encode(oidcSettings.getClientId())
                + "&id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(signedOut));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
