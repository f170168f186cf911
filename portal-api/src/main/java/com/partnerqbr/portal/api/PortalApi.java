package com.partnerqbr.portal.api;

import com.partnerqbr.portal.api.security.ApiRoles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The portal's REST API, version 1, at {@code /api/v1} (the module's context root is
 * {@code /api}). Its one login mechanism is MicroProfile JWT: a bearer access token of the
 * portal realm, checked for signature (the realm's JWKS), issuer and the {@code portal-api}
 * audience. Payara reads these from MicroProfile Config ({@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.audiences}), which the
 * stack sets as environment variables (MP_JWT_VERIFY_ISSUER...).
 *
 * <p>The class is a CDI bean because Payara installs the MP-JWT mechanism only when it
 * meets {@code @LoginConfig} on a bean while scanning.
 */
@ApplicationPath("v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "portal")
@DeclareRoles({ApiRoles.VENDOR_ADMIN, ApiRoles.PARTNER_MANAGER, ApiRoles.EXECUTIVE, ApiRoles.VENDOR_INTEGRATION,
    ApiRoles.PARTNER_ADMIN, ApiRoles.PARTNER_USER, ApiRoles.PLATFORM_OPERATOR})
@OpenAPIDefinition(
        info = @Info(title = "Partner QBR portal API", version = "1",
                description = "A vendor's partner program for its own systems. Every call needs a bearer access "
                        + "token of the portal realm issued for the audience portal-api (client credentials of "
                        + "the vendor's integration client). Errors are RFC 9457 problem documents."),
        security = @SecurityRequirement(name = PortalApi.BEARER))
@SecurityScheme(securitySchemeName = PortalApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token from the portal realm's token endpoint (grant client_credentials)")
public class PortalApi extends Application {

    /** Name of the security scheme in the OpenAPI document. */
    public static final String BEARER = "bearer";
}
