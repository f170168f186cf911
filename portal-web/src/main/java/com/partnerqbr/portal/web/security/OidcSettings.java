package com.partnerqbr.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the identity provider is and who the portal is to it. Read from MicroProfile
 * Config: system properties or environment variables (PORTAL_OIDC_PROVIDER_URI,
 * PORTAL_OIDC_CLIENT_ID, PORTAL_OIDC_CLIENT_SECRET) set by the operator.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    private String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "portal-web")
    private String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    private String clientSecret;

    /** The realm's issuer URL, e.g. http://127.0.0.1:28180/realms/portal. */
    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The provider's authorization endpoint, where a browser signs in (Keycloak's path under the issuer). */
    public String getAuthorizationUri() {
        return providerUri + "/protocol/openid-connect/auth";
    }

    /** The provider's token endpoint: a sign-in's code exchanged, tokens refreshed. */
    public String getTokenUri() {
        return providerUri + "/protocol/openid-connect/token";
    }

    /** The provider's end-session endpoint (OpenID Connect RP-initiated logout). */
    public String getEndSessionUri() {
        return providerUri + "/protocol/openid-connect/logout";
    }

    /** scheme://host:port of the provider, for the Content-Security-Policy. */
    public String getProviderOrigin() {
        java.net.URI uri = java.net.URI.create(providerUri);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
