package com.partnerqbr.portal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.logging.Logger;

/**
 * The portal's sign-in: Jakarta Security's OpenID Connect mechanism (configured by
 * {@link PortalSecurity}), except for a sign-in callback the portal never started in this
 * session (an old bookmark, a second tab, a made-up link) and a post to a page without a
 * signed-in session: that browser is sent to sign in afresh. Soteria 3.0.3 answers such a
 * callback with an empty 500 (its {@code getOriginalUrl} reads the stored original URL with
 * {@code Optional.get()} before it compares the states), and reads a post's parameters, an
 * upload's whole body included. Chosen by name in {@code web.xml}
 * ({@code fish.payara.security.mechanism}); typed to its class only, so Soteria's mechanism
 * stays the only {@code HttpAuthenticationMechanism} bean.
 */
@ApplicationScoped
@Typed(SignInMechanism.class)
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());

    /** The class Payara maps the mechanism name {@code JakartaOIDC} to; not on the compile path. */
    private static final String OPENID_MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";
    /** Where Soteria keeps the state of the sign-in it started (session storage, its default). */
    private static final String STORED_STATE = "oidc.state";
    private static final String STATE = "state";

    @Inject
    @Any
    private Instance<Object> beans;

    private HttpAuthenticationMechanism openId;

    @PostConstruct
    void findOpenIdMechanism() {
        try {
            Class<?> type = Class.forName(OPENID_MECHANISM, true, Thread.currentThread().getContextClassLoader());
            openId = (HttpAuthenticationMechanism) beans.select(type).get();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The server has no Jakarta Security OpenID Connect mechanism", e);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (request.getUserPrincipal() == null) {
            // A callback is a GET (Soteria's precondition too). A POST's parameters are not read
            // here, and one to a page without a signed-in user goes to sign in before Soteria reads
            // them: an upload's body is left to the limits of the servlet that takes it.
            boolean get = "GET".equals(request.getMethod());
            if (get && isStaleCallback(request) || !get && context.isProtected()) {
                LOG.fine("A sign-in callback this session did not start, or a post without a session: sent to sign in");
                return context.redirect(request.getContextPath() + "/");
            }
        }
        return openId.validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return openId.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        openId.cleanSubject(request, response, context);
    }

    private static boolean isStaleCallback(HttpServletRequest request) {
        String state = request.getParameter(STATE);
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(STORED_STATE);
        return state != null && (stored == null || !state.equals(stored.toString()));
    }
}
