package com.partnerqbr.portal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void partnerUserIsConfinedToItsPartner() {
        Caller caller = new Caller("paula", "acme", "brightpath", Set.of(Role.PARTNER_ADMIN));
        assertTrue(caller.isPartnerUser());
        assertFalse(caller.isVendorStaff());
        assertEquals("brightpath", caller.partnerCode());
    }

    @Test
    void partnerUserWithoutPartnerIsRefused() {
        assertThrows(MissingTenantException.class, () -> new Caller("sam", "acme", null, Set.of(Role.PARTNER_USER)));
        assertThrows(MissingTenantException.class, () -> new Caller("sam", "acme", " ", Set.of(Role.PARTNER_USER)));
    }

    @Test
    void callerWithoutVendorIsRefused() {
        assertThrows(MissingTenantException.class, () -> new Caller("alice", null, null, Set.of(Role.VENDOR_ADMIN)));
        assertThrows(MissingTenantException.class, () -> new Caller("alice", "", null, Set.of(Role.VENDOR_ADMIN)));
    }

    @Test
    void vendorStaffIgnoresAPartnerClaim() {
        Caller caller = new Caller("max", "acme", "brightpath", Set.of(Role.PARTNER_MANAGER, Role.PARTNER_USER));
        assertTrue(caller.isVendorStaff());
        assertFalse(caller.isPartnerUser());
        assertNull(caller.partnerCode());
    }

    @Test
    void callerWithoutRolesIsNeitherSide() {
        Caller caller = new Caller("nobody", "acme", null, Set.of());
        assertFalse(caller.isVendorStaff());
        assertFalse(caller.isPartnerUser());
    }

    @Test
    void rolesAreMatchedByTheirRealmNames() {
        assertEquals(Optional.of(Role.PARTNER_MANAGER), Role.ofName("partner-manager"));
        assertEquals(Optional.empty(), Role.ofName("default-roles-portal"));
        assertEquals(Optional.empty(), Role.ofName("offline_access"));
    }

    @Test
    void thePlatformsOperatorHasNoVendorNorPartnerAndHoldsNoVendorRole() {
        Caller olga = new Caller("olga", "acme", "brightpath", Set.of(Role.PLATFORM_OPERATOR));
        assertTrue(olga.isOperator());
        assertNull(olga.vendorCode(), "outside every tenant, whatever its token says");
        assertNull(olga.partnerCode());
        assertFalse(olga.isVendorStaff());
        assertFalse(olga.isPartnerUser());
        assertTrue(olga.may(Permission.CREATE_VENDORS));
        assertFalse(olga.may(Permission.MANAGE_PEOPLE));
        assertThrows(MissingTenantException.class,
                () -> new Caller("olga", "acme", null, Set.of(Role.PLATFORM_OPERATOR, Role.VENDOR_ADMIN)));
        assertFalse(new Caller("alice", "acme", null, Set.of(Role.VENDOR_ADMIN)).may(Permission.CREATE_VENDORS));
    }
}
