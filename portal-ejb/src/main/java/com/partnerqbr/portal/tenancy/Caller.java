package com.partnerqbr.portal.tenancy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the vendor (tenant) every call runs in, the partner a partner user is
 * confined to, and the caller's roles. Built from the identity provider's claims.
 *
 * @param name        user name, for audit and display
 * @param vendorCode  the tenant; never blank, except for the platform's operator, who has none
 * @param partnerCode the partner a partner user belongs to; null for vendor staff
 * @param roles       the caller's portal roles
 * @param email       the caller's e-mail address from the sign-in, where a reply to a message they caused goes; null when unknown
 */
public record Caller(String name, String vendorCode, String partnerCode, Set<Role> roles, String email) {

    /** A caller whose e-mail address is not known (jobs, API clients, tests). */
    public Caller(String name, String vendorCode, String partnerCode, Set<Role> roles) {
        this(name, vendorCode, partnerCode, roles, null);
    }

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (roles.contains(Role.PLATFORM_OPERATOR)) {
            if (roles.size() > 1) {
                throw new MissingTenantException("the platform's operator " + name + " holds no vendor's role");
            }
            vendorCode = null;
            partnerCode = null;
        } else if (vendorCode == null || vendorCode.isBlank()) {
            throw new MissingTenantException("caller " + name + " has no vendor");
        }
        if (!confinedToPartner(roles)) {
            partnerCode = null;
        } else if (partnerCode == null || partnerCode.isBlank()) {
            throw new MissingTenantException("partner user " + name + " has no partner");
        }
    }

    /** A system caller acting for one vendor: scheduled jobs, imports, demo data. */
    public static Caller system(String vendorCode) {
        return new Caller("system", vendorCode, null, Set.of(Role.VENDOR_ADMIN));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this caller may do what the permission names: the one answer pages and services use. */
    public boolean may(Permission permission) {
        return permission.roles().stream().anyMatch(roles::contains);
    }

    /** A caller with any partner role and no vendor role is confined to its own partner. */
    public boolean isPartnerUser() {
        return confinedToPartner(roles);
    }

    private static boolean confinedToPartner(Set<Role> roles) {
        return !roles.isEmpty() && roles.stream().allMatch(Role::isPartnerSide);
    }

    /** The platform's operator: outside every tenant, no vendor's data is read for it. */
    public boolean isOperator() {
        return roles.contains(Role.PLATFORM_OPERATOR);
    }

    public boolean isVendorStaff() {
        return roles.stream().anyMatch(Role::isVendorStaff);
    }
}
