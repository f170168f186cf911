package com.partnerqbr.portal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Users sign in at the identity provider (Keycloak) over OpenID Connect. Their realm
 * roles arrive flattened in the {@code groups} claim; their vendor and partner in the
 * {@code vendor} and {@code partner} claims, read by {@link CallerFilter}. An expired token
 * is refreshed with the refresh token; when that fails (the user's session at the identity
 * provider ended) the portal session ends: no page is served past its token's life. A session
 * ended at the identity provider also ends the portal's at once ({@link BackChannelLogout}).
 */
@ApplicationScoped
@DeclareRoles({"vendor-admin", "partner-manager", "executive", "partner-admin", "partner-user"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        tokenAutoRefresh = true,
        logout = @LogoutDefinition(accessTokenExpiry = true, identityTokenExpiry = true),
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class PortalSecurity {
}
