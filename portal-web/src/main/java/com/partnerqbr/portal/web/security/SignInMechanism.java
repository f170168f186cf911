package com.partnerqbr.portal.web.security;

import com.partnerqbr.portal.web.faces.ErrorPage;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's sign-in: OpenID Connect's authorization code flow with PKCE at the identity
 * provider (Keycloak). A browser without a signed-in session that asks for a page is sent to
 * sign in there; the provider sends it back to {@code /Callback} with a code, exchanged for
 * tokens ({@link TokenEndpoint}); the session then holds the {@link SignIn}, and every request of
 * that session is the signed-in user with the roles of its identity token, on whichever server
 * has the session. Expired tokens are refreshed; when the provider refuses (the user's session
 * there ended), the portal session ends too; when the provider does not answer, the page is "not
 * available just now" (503) and the session stays: no page is served past its tokens' life; a session the
 * provider ended ({@link BackChannelLogout}) ends on its next request, on every server.
 * <p>
 * A sign-in callback the portal did not start in this session (an old bookmark, a second tab, a
 * made-up link) and a post to a page without a signed-in session send the browser to sign in
 * afresh. Chosen by name in {@code web.xml} ({@code fish.payara.security.mechanism}): the EAR
 * also holds the API's mechanism.
 */
@ApplicationScoped
@DeclareRoles({"vendor-admin", "partner-manager", "executive", "partner-admin", "partner-user"})
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());
    static final String CALLBACK = "/Callback";

    @Inject
    private OidcSettings settings;

    @Inject
    private TokenEndpoint tokens;

    @Inject
    private EndedSignIns endedSignIns;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (CALLBACK.equals(request.getServletPath()) && request.getParameter("state") != null) {
            return completeSignIn(request, response, context, session);
        }
        Optional<SignIn> signIn = SignIn.of(session);
        if (signIn.isPresent()) {
            Optional<SignIn> current;
            try {
                current = current(signIn.get(), session);
            } catch (IOException e) {
                LOG.warning(() -> "The identity provider did not answer a refresh: " + e.getMessage());
                return unavailable(request, response);
            }
            if (current.isPresent()) {
                return context.notifyContainerAboutLogin(current.get().name(), new HashSet<>(current.get().groups()));
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (!"GET".equals(request.getMethod())) {
            // A post's parameters are not read without a signed-in user (an upload's body included).
            return context.redirect(request.getContextPath() + "/");
        }
        return startSignIn(request, context);
    }

    /**
     * The sign-in with tokens still valid, refreshed if need be; empty when the session has ended
     * (here, or at the identity provider). One request of a session refreshes; the others of that
     * moment wait for it and take its tokens.
     *
     * @throws IOException the identity provider did not answer: the session stays, nothing is served
     */
    private Optional<SignIn> current(SignIn signIn, HttpSession session) throws IOException {
        if (endedSignIns.ended(signIn)) {
            LOG.info("The sign-in ended at the identity provider: the session ends");
            end(session);
            return Optional.empty();
        }
        if (!signIn.expiredAt(Instant.now())) {
            return Optional.of(signIn);
        }
        synchronized (signIn) {
            Optional<SignIn> now = SignIn.of(session);
            if (now.isPresent() && now.get() != signIn && !now.get().expiredAt(Instant.now())) {
                return now;
            }
            Optional<SignIn> refreshed = tokens.refresh(signIn, Instant.now());
            if (refreshed.isPresent()) {
                refreshed.get().keepIn(session);
            } else {
                end(session);
            }
            return refreshed;
        }
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException endedMeanwhile) {
            // another request of the session ended it a moment ago
        }
    }

    /** The "not available just now" page: the tokens expired and could not be refreshed yet; the session stays. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(ErrorPage.REFUSAL, "The sign-in service did not answer just now; you are still signed in.");
        response.setHeader("Retry-After", "10");
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            LOG.fine("The browser left before the answer");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus startSignIn(HttpServletRequest request, HttpMessageContext context) {
        PendingSignIn pending = PendingSignIn.start();
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
        return context.redirect(settings.getAuthorizationUri()
                + "?response_type=code&scope=" + encode("openid email profile")
                + "&client_id=" + encode(settings.getClientId())
                + "&redirect_uri=" + encode(callbackUri(request))
                + "&state=" + pending.state()
                + "&nonce=" + pending.nonce()
                + "&code_challenge=" + pending.challenge() + "&code_challenge_method=S256");
    }

    private AuthenticationStatus completeSignIn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, HttpSession session) {
        Object stored = session == null ? null : session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (!(stored instanceof PendingSignIn pending) || !pending.state().equals(request.getParameter("state"))) {
            LOG.fine("A sign-in callback this session did not start: sent to sign in");
            return context.redirect(request.getContextPath() + "/");
        }
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        String code = request.getParameter("code");
        if (code == null) {
            LOG.warning(() -> "The identity provider answered a sign-in with " + request.getParameter("error"));
            return failed(response);
        }
        try {
            SignIn signIn = tokens.exchange(code, callbackUri(request), pending, Instant.now());
            request.changeSessionId();
            signIn.keepIn(session);
            return context.notifyContainerAboutLogin(signIn.name(), new HashSet<>(signIn.groups()));
        } catch (TokenEndpoint.Refused e) {
            LOG.fine(() -> "The identity provider refused a sign-in's code (" + e.getMessage() + "): sent to sign in");
            return context.redirect(request.getContextPath() + "/");
        } catch (RealmToken.Invalid | IOException e) {
            LOG.warning(() -> "A sign-in was not completed: " + e.getMessage());
            return failed(response);
        }
    }

    /** The sign-in page of failure: the provider did not confirm the sign-in; nothing was changed. */
    private static AuthenticationStatus failed(HttpServletResponse response) {
        try {
            response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
        } catch (IOException e) {
            LOG.fine("The browser left before the sign-in's failure was told");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The callback at the address the browser used (the proxy's, when there is one). */
    private static String callbackUri(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + CALLBACK;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
