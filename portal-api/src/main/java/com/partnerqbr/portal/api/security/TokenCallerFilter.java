package com.partnerqbr.portal.api.security;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the verified bearer token into the services' {@link Caller}: vendor and partner
 * from its {@code vendor} and {@code partner} claims, roles from its {@code groups} claim
 * (realm roles; anything that is not a portal role, such as the realm's default roles,
 * is dropped).
 *
 * <p>It runs after the MP-JWT authorization filter that {@code @RolesAllowed} installs, so
 * the token is verified by then. A resource without {@code @RolesAllowed} never triggers
 * that authentication; such a request has no token here and is refused: the API has no
 * anonymous endpoint. A token without a vendor (or a partner user's token without a
 * partner) is refused as forbidden, like the web's caller filter does.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
@ApplicationScoped
public class TokenCallerFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(TokenCallerFilter.class.getName());

    @Inject
    private JsonWebToken token;

    @Inject
    private CallerContext callerContext;

    @Override
    public void filter(ContainerRequestContext request) {
        String name = token.getName();
        if (name == null) {
            throw new NotAuthorizedException("no verified bearer token",
                    Response.status(Response.Status.UNAUTHORIZED).build());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional.ofNullable(token.getGroups()).orElse(Set.of()).stream()
                .map(Role::ofName).flatMap(Optional::stream).forEach(roles::add);
        try {
            callerContext.establish(new Caller(name, stringClaim("vendor"), stringClaim("partner"), roles));
        } catch (RuntimeException e) {
            // The reason names the caller and what is missing, never the token.
            LOG.warning(() -> "Refused API caller " + name + ": " + e.getMessage());
            throw new ForbiddenException("the token does not name a vendor (and partner) the portal serves");
        }
    }

    private String stringClaim(String claim) {
        Object value = token.getClaim(claim);
        return value instanceof String text ? text : null;
    }
}
