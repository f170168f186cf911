package com.partnerqbr.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * OpenID Connect back-channel logout: when a user's session at the identity provider ends
 * (signed out in another application, on the account page, by an administrator), Keycloak
 * posts a logout token here and the portal ends that user's portal sessions at once, on every
 * server ({@link EndedSignIns}).
 * The realm's {@code portal-web} client names this URL ({@code backchannel.logout.url}).
 * A token that fails any check ({@link LogoutToken}) is answered 400 and ends nothing.
 */
@WebServlet("/backchannel-logout")
public class BackChannelLogout extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());

    @Inject
    private OidcSettings oidcSettings;

    @Inject
    private RealmKeys realmKeys;

    @Inject
    private EndedSignIns endedSignIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            LogoutToken token = LogoutToken.verify(request.getParameter("logout_token"), realmKeys::byId,
                    oidcSettings.getProviderUri(), oidcSettings.getClientId(), Instant.now());
            endedSignIns.end(token, Instant.now());
            LOG.info(() -> "Back-channel logout: the identity provider's " + (token.sessionId().isPresent()
                    ? "session" : "user") + " ended; its portal sessions end on their next request");
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (RealmToken.Invalid e) {
            LOG.warning(() -> "Refused a back-channel logout: " + e.getMessage());
            response.setContentType("application/json");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write("{\"error\":\"invalid_request\",\"error_description\":\"the logout token "
                    + e.getMessage() + "\"}");
        }
    }
}
