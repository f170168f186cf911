package com.partnerqbr.portal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Users sign in at the identity provider (Keycloak) over OpenID Connect. Their realm
 * roles arrive flattened in the {@code groups} claim; their vendor and partner in the
 * {@code vendor} and {@code partner} claims, read by {@link CallerFilter}.
 */
@ApplicationScoped
@DeclareRoles({"vendor-admin", "partner-manager", "executive", "partner-admin", "partner-user"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class PortalSecurity {
}
