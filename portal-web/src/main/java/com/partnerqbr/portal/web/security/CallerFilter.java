package com.partnerqbr.portal.web.security;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Turns the signed-in user into the services' {@link Caller} on every request, from the
 * session's identity token (validated by the OpenID Connect mechanism at sign-in and at
 * every refresh): name, vendor, partner and roles (the {@code groups} claim). Then lets the
 * request through only to pages the caller's roles may open ({@link PageAccess}); others get
 * the 403 page. Notes the session's identity-provider session for {@link BackChannelLogout}.
 * Nothing here asks the container for roles: under load Payara 6 now and then
 * loses a session's groups in its container callback. A signed-in user without a vendor is
 * refused. Mapped in {@code web.xml}, after the security headers.
 */
public class CallerFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());

    @Inject
    private CallerContext callerContext;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private SignedInSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            Optional<Caller> caller = fromIdentityToken();
            if (caller.isEmpty()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            callerContext.establish(caller.get());
            sessions.signedIn(request.getSession(), openIdContext.getIdentityToken().getJwtClaims()
                    .getStringClaim("sid").orElse(null), openIdContext.getSubject());
            if (!PageAccess.allows(caller.get(), request.getServletPath())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<Caller> fromIdentityToken() {
        if (openIdContext.getIdentityToken() == null) {
            return Optional.empty();
        }
        JwtClaims token = openIdContext.getIdentityToken().getJwtClaims();
        String name = token.getStringClaim("preferred_username").orElse(openIdContext.getSubject());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        token.getArrayStringClaim("groups").forEach(group -> Role.ofName(group).ifPresent(roles::add));
        try {
            return Optional.of(new Caller(name, token.getStringClaim("vendor").orElse(null),
                    token.getStringClaim("partner").orElse(null), roles, token.getStringClaim("email").orElse(null)));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Refused user " + name + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
