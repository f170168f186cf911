package com.partnerqbr.portal.web.security;

import com.partnerqbr.portal.engagement.EngagementService;
import com.partnerqbr.portal.people.PeopleDirectory;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID Connect mechanism has
 * signed the user in by the time this runs; it records the sign-in (partner engagement, the
 * people directory) and sends them to their home. (Soteria's
 * "redirect to original resource" fails on Payara 6.2025.10 with a NullPointerException
 * in RequestData.getParameters, so the portal lands users on their home instead.)
 */
@WebServlet("/Callback")
public class SignInCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EngagementService engagement;

    @EJB
    private PeopleDirectory people;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        engagement.recordSignIn();
        people.signedIn();
        response.sendRedirect(request.getContextPath() + "/");
    }
}
