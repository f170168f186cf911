package com.partnerqbr.portal.web.security;

import com.partnerqbr.portal.engagement.EngagementService;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where Keycloak sends the browser back after sign-in. {@link SignInMechanism} has signed the
 * user in by the time this runs; it records the sign-in (partner engagement, the people
 * directory) and sends them to their home.
 */
@WebServlet("/Callback")
public class SignInCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInCallback.class.getName());

    @EJB
    private EngagementService engagement;

    @EJB
    private PeopleDirectory people;

    @Inject
    private CallerContext callerContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!callerContext.current().isOperator()) {
            // The platform's operator belongs to no vendor: no engagement, no vendor's directory.
            engagement.recordSignIn();
            recordInDirectory();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /**
     * The people directory learns of the sign-in. Two first sign-ins of one person at the same moment
     * (two tabs, two devices) both write the person's row and one of them fails at commit: it is tried
     * once more, then reading the row the other wrote. A directory that still cannot be written
     * does not stop the person signing in.
     */
    private void recordInDirectory() {
        for (int attempt = 1; ; attempt++) {
            try {
                people.signedIn();
                return;
            } catch (EJBException e) {
                if (attempt == 2) {
                    LOG.log(Level.WARNING, "the people directory did not record a sign-in", e);
                    return;
                }
            }
        }
    }
}
