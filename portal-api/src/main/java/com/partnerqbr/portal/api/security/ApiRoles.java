package com.partnerqbr.portal.api.security;

/**
 * The realm roles as compile-time constants, for {@code @RolesAllowed}. They are the names
 * of {@link com.partnerqbr.portal.tenancy.Role} (a test keeps them equal).
 */
public final class ApiRoles {

    public static final String VENDOR_ADMIN = "vendor-admin";
    public static final String PARTNER_MANAGER = "partner-manager";
    public static final String EXECUTIVE = "executive";
    public static final String VENDOR_INTEGRATION = "vendor-integration";
    public static final String PARTNER_ADMIN = "partner-admin";
    public static final String PARTNER_USER = "partner-user";
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private ApiRoles() {
    }
}
