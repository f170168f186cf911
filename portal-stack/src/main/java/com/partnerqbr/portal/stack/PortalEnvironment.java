package com.partnerqbr.portal.stack;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * What the portal reads from its server's environment (MicroProfile Config, and Payara's
 * {@code ${ENV=...}} references of the operator files), the same for Payara Server and for every
 * Payara Micro instance: no secret goes on a command line or into a log.
 */
final class PortalEnvironment {

    private PortalEnvironment() {
    }

    /** The secret that keys Mojarra's flash cookie ({@code faces/FlashSecretKey} in portal-web's web.xml). */
    static final String FLASH_SECRET = "faces-flash.key";

    static Map<String, String> of(StackSettings settings, PayaraCommandFiles files, Secrets secrets) {
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_OIDC_PROVIDER_URI", settings.issuer());
        env.put("PORTAL_OIDC_CLIENT_ID", "portal-web");
        env.put("PORTAL_OIDC_CLIENT_SECRET", settings.get("portal.oidc.client.secret"));
        // The service account that invites and manages people through Keycloak's admin API.
        env.put("PORTAL_PEOPLE_CLIENT_SECRET", settings.get("portal.people.client.secret"));
        env.put("PORTAL_DEMO_DATA_ENABLED", settings.get("portal.demo-data.enabled"));
        // Links in the portal's mail point here.
        env.put("PORTAL_BASE_URL", settings.portalBaseUrl());
        // MicroProfile JWT of the API module: Payara reads mp.jwt.verify.* through MicroProfile
        // Config; a WAR's own microprofile-config.properties is not read inside an EAR.
        env.put("MP_JWT_VERIFY_ISSUER", settings.issuer());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", settings.issuer() + "/protocol/openid-connect/certs");
        env.put("MP_JWT_VERIFY_AUDIENCES", settings.get("portal.api.audience"));
        // The key of the flash cookie (messages kept across a redirect), the same for every instance: a
        // cookie written by one is read by another (else Mojarra 4 fails on it with a NullPointerException).
        // Mojarra reads standard Base64; the secret is kept URL-safe.
        env.put("PORTAL_FLASH_SECRET_KEY", Base64.getEncoder().encodeToString(
                Base64.getUrlDecoder().decode(secrets.get(FLASH_SECRET))));
        env.putAll(files.environment());
        return env;
    }
}
