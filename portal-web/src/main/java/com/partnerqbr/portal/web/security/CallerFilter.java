package com.partnerqbr.portal.web.security;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Turns the signed-in user into the services' {@link Caller}: vendor and partner from the
 * token's claims, roles from the container's role check (which reads the {@code groups}
 * claim). A signed-in user without a vendor is refused.
 */
@WebFilter(filterName = "CallerFilter", urlPatterns = "/*")
public class CallerFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());

    @Inject
    private CallerContext callerContext;

    @Inject
    private OpenIdContext openIdContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            String vendor = openIdContext.getClaims().getStringClaim("vendor").orElse(null);
            String partner = openIdContext.getClaims().getStringClaim("partner").orElse(null);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.roleName())).forEach(roles::add);
            String name = request.getUserPrincipal().getName();
            try {
                callerContext.establish(new Caller(name, vendor, partner, roles));
            } catch (RuntimeException e) {
                LOG.warning(() -> "Refused user " + name + ": " + e.getMessage());
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
