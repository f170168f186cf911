package com.partnerqbr.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageAccessTest {

    private static Caller caller(Role... roles) {
        return new Caller("someone", "acme", "brightpath", Set.of(roles));
    }

    @Test
    void vendorPagesAreForVendorStaffAndTheAdminPagesForVendorAdminsOnly() {
        for (Role staff : List.of(Role.VENDOR_ADMIN, Role.PARTNER_MANAGER, Role.EXECUTIVE)) {
            assertTrue(PageAccess.allows(caller(staff), "/vendor/partners.xhtml"), staff.roleName());
            assertEquals(staff == Role.VENDOR_ADMIN, PageAccess.allows(caller(staff), "/vendor/imports.xhtml"));
            assertEquals(staff == Role.VENDOR_ADMIN, PageAccess.allows(caller(staff), "/vendor/program-settings.xhtml"));
            assertEquals(staff == Role.VENDOR_ADMIN, PageAccess.allows(caller(staff), "/vendor/sent-mail.xhtml"));
            assertEquals(staff == Role.VENDOR_ADMIN, PageAccess.allows(caller(staff), "/vendor/partner-edit.xhtml"));
            assertEquals(staff == Role.VENDOR_ADMIN, PageAccess.allows(caller(staff), "/vendor/audit.xhtml"));
            assertEquals(staff == Role.VENDOR_ADMIN, PageAccess.allows(caller(staff), "/people.xhtml"));
            assertFalse(PageAccess.allows(caller(staff), "/partner/home.xhtml"), staff.roleName());
            assertTrue(PageAccess.allows(caller(staff), "/disputes.xhtml"), staff.roleName());
        }
    }

    @Test
    void partnerPagesAreForPartnerUsersOnly() {
        for (Role partnerSide : List.of(Role.PARTNER_ADMIN, Role.PARTNER_USER)) {
            assertTrue(PageAccess.allows(caller(partnerSide), "/partner/home.xhtml"), partnerSide.roleName());
            assertFalse(PageAccess.allows(caller(partnerSide), "/vendor/partners.xhtml"), partnerSide.roleName());
            assertFalse(PageAccess.allows(caller(partnerSide), "/vendor/imports.xhtml"), partnerSide.roleName());
            assertFalse(PageAccess.allows(caller(partnerSide), "/vendor/sent-mail.xhtml"), partnerSide.roleName());
            assertTrue(PageAccess.allows(caller(partnerSide), "/index.xhtml"), partnerSide.roleName());
            assertEquals(partnerSide == Role.PARTNER_ADMIN, PageAccess.allows(caller(partnerSide), "/people.xhtml"));
        }
    }

    @Test
    void anIntegrationOrACallerWithoutAPortalRoleOpensNoPage() {
        assertFalse(PageAccess.allows(caller(Role.VENDOR_INTEGRATION), "/vendor/partners.xhtml"));
        assertFalse(PageAccess.allows(caller(Role.VENDOR_INTEGRATION), "/index.xhtml"));
        assertFalse(PageAccess.allows(new Caller("nobody", "acme", null, Set.of()), "/index.xhtml"));
    }

    @Test
    void theOperatorsPagesAreForThePlatformsOperatorWhoOpensNoVendorsPage() {
        Caller olga = new Caller("olga", null, null, Set.of(Role.PLATFORM_OPERATOR));
        assertTrue(PageAccess.allows(olga, "/operator/vendors.xhtml"));
        assertTrue(PageAccess.allows(olga, "/index.xhtml"), "the landing page sends it to its own");
        assertTrue(PageAccess.allows(olga, "/Callback"), "the sign-in callback");
        for (String page : List.of("/vendor/partners.xhtml", "/vendor/program-settings.xhtml", "/partner/home.xhtml",
                "/people.xhtml", "/disputes.xhtml", "/plan.xhtml", "/time-zone.xhtml")) {
            assertFalse(PageAccess.allows(olga, page), page);
        }
        for (Role role : List.of(Role.VENDOR_ADMIN, Role.PARTNER_MANAGER, Role.EXECUTIVE, Role.PARTNER_ADMIN,
                Role.PARTNER_USER)) {
            assertFalse(PageAccess.allows(caller(role), "/operator/vendors.xhtml"), role.roleName());
        }
    }
}
