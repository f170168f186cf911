package com.partnerqbr.portal.web.security;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may open which page, decided from the portal's own {@link Caller} (built from the
 * session's validated identity token), never from the container's role check. The
 * container only makes sure a page's user is signed in ({@code web.xml}, role {@code **});
 * under load Payara now and then loses a signed-in session's groups in its container
 * callback and its own role check answers 403 to a user who may open the page.
 */
final class PageAccess {

    private static final Set<Role> VENDOR_STAFF = EnumSet.of(Role.VENDOR_ADMIN, Role.PARTNER_MANAGER, Role.EXECUTIVE);
    private static final Set<Role> PARTNER_SIDE = EnumSet.of(Role.PARTNER_ADMIN, Role.PARTNER_USER);
    private static final Set<Role> VENDOR_ADMIN = EnumSet.of(Role.VENDOR_ADMIN);
    private static final Set<Role> PEOPLE = EnumSet.of(Role.VENDOR_ADMIN, Role.PARTNER_ADMIN);
    private static final Set<Role> OPERATOR = EnumSet.of(Role.PLATFORM_OPERATOR);

    private PageAccess() {
    }

    /**
     * True when the caller may open the page at this path (inside the portal's context).
     * Importing program data, the program settings, the sent-mail log, creating and editing partners
     * and the audit trail are for vendor admins, the people page for vendor admins and partner admins, the other
     * vendor pages for vendor staff, the partner pages for partner users, the operator's pages for the platform's
     * operator only; the pages of both sides (disputes) for every vendor's role, the services scoping what each
     * sees; the sign-in callback and the landing page for everyone signed in (they send each to their home).
     */
    static boolean allows(Caller caller, String path) {
        return caller.roles().stream().anyMatch(rolesFor(path)::contains);
    }

    static Set<Role> rolesFor(String path) {
        if (path.equals("/vendor/imports.xhtml") || path.equals("/vendor/program-settings.xhtml")
                || path.equals("/vendor/sent-mail.xhtml") || path.equals("/vendor/partner-edit.xhtml")
                || path.equals("/vendor/audit.xhtml")) {
            return VENDOR_ADMIN;
        }
        if (path.equals("/people.xhtml")) {
            return PEOPLE;
        }
        if (path.startsWith("/operator/")) {
            return OPERATOR;
        }
        if (path.equals("/") || path.equals("/index.xhtml") || path.equals("/Callback")) {
            return EnumSet.of(Role.PLATFORM_OPERATOR, Role.VENDOR_ADMIN, Role.PARTNER_MANAGER, Role.EXECUTIVE,
                    Role.PARTNER_ADMIN, Role.PARTNER_USER);
        }
        if (path.startsWith("/vendor/")) {
            return VENDOR_STAFF;
        }
        if (path.startsWith("/partner/")) {
            return PARTNER_SIDE;
        }
        Set<Role> bothSides = EnumSet.copyOf(VENDOR_STAFF);
        bothSides.addAll(PARTNER_SIDE);
        return bothSides;
    }
}
