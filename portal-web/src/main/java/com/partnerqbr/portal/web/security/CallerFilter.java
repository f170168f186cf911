package com.partnerqbr.portal.web.security;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.inject.Inject;
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
 * session's {@link SignIn} (its identity token validated by {@link SignInMechanism} at sign-in and
 * at every refresh): name, vendor, partner and roles (the {@code groups} claim). Then lets the
 * request through only to pages the caller's roles may open ({@link PageAccess}); others get
 * the 403 page.
 * Nothing here asks the container for roles: under load Payara 6 now and then
 * loses a session's groups in its container callback. A signed-in user without a vendor is
 * refused. Mapped in {@code web.xml}, after the security headers.
 */
public class CallerFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());

    @Inject
    private CallerContext callerContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            Optional<Caller> caller = SignIn.of(request.getSession(false)).flatMap(CallerFilter::of);
            if (caller.isEmpty()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            callerContext.establish(caller.get());
            if (!PageAccess.allows(caller.get(), request.getServletPath())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<Caller> of(SignIn signIn) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        signIn.groups().forEach(group -> Role.ofName(group).ifPresent(roles::add));
        try {
            return Optional.of(new Caller(signIn.name(), signIn.vendor(), signIn.partner(), roles, signIn.email()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Refused user " + signIn.name() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
