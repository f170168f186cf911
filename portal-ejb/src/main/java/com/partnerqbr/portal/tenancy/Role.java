package com.partnerqbr.portal.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** The portal's roles, named as in the identity provider's realm. */
public enum Role {
    VENDOR_ADMIN("vendor-admin", true),
    PARTNER_MANAGER("partner-manager", true),
    EXECUTIVE("executive", true),
    /** A vendor's system integration calling the API with client credentials. */
    VENDOR_INTEGRATION("vendor-integration", true),
    PARTNER_ADMIN("partner-admin", false),
    PARTNER_USER("partner-user", false),
    /** Runs the portal for every vendor (creates vendors); outside every tenant, so it reads no vendor's data. */
    PLATFORM_OPERATOR("platform-operator", false);

    private final String roleName;
    private final boolean vendorStaff;

    Role(String roleName, boolean vendorStaff) {
        this.roleName = roleName;
        this.vendorStaff = vendorStaff;
    }

    public String roleName() {
        return roleName;
    }

    /** True for the vendor's own people, false for partner users and the platform's operator. */
    public boolean isVendorStaff() {
        return vendorStaff;
    }

    /** True for a partner's people, confined to their own partner. */
    public boolean isPartnerSide() {
        return !vendorStaff && this != PLATFORM_OPERATOR;
    }

    /** The role of this name; empty for any other group the identity provider sends. */
    public static Optional<Role> ofName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
