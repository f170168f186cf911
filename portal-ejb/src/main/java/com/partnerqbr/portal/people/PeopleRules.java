package com.partnerqbr.portal.people;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.tenancy.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may invite whom and into which role, in words: a vendor's admin invites the vendor's staff
 * (vendor admin, partner manager, executive) and the users of any of its partners (partner admin,
 * partner user of one partner); a partner's admin only users of its own partner. A role changes
 * within the person's side. The vendor keeps at least one active vendor admin.
 */
public final class PeopleRules {

    private static final List<Role> STAFF_ROLES = List.of(Role.VENDOR_ADMIN, Role.PARTNER_MANAGER, Role.EXECUTIVE);
    private static final List<Role> PARTNER_ROLES = List.of(Role.PARTNER_ADMIN, Role.PARTNER_USER);

    private PeopleRules() {
    }

    /** The roles the caller may give, in the order a form offers them; none for a caller who manages nobody. */
    public static List<Role> rolesGivenBy(Caller caller) {
        if (caller.may(Permission.MANAGE_VENDOR_STAFF)) {
            return List.of(Role.VENDOR_ADMIN, Role.PARTNER_MANAGER, Role.EXECUTIVE, Role.PARTNER_ADMIN, Role.PARTNER_USER);
        }
        return caller.may(Permission.MANAGE_PEOPLE) ? PARTNER_ROLES : List.of();
    }

    /** The address as an account's user name: stripped and in lower case. */
    public static String address(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * What is wrong with an invitation by the caller, in words; empty when nothing is.
     *
     * @param partnerCode the partner of a partner user (ignored for vendor staff); a partner's admin's own when blank
     */
    public static Optional<String> invitationProblem(Caller caller, String email, Role role, String partnerCode) {
        if (!Inputs.isEmailAddress(address(email))) {
            return Optional.of("'" + (email == null ? "" : email.strip()) + "' is not an e-mail address.");
        }
        return roleProblem(caller, role, partnerCode);
    }

    /** What is wrong with giving a person of {@code currentRole} the role {@code newRole}; empty when nothing is. */
    public static Optional<String> roleChangeProblem(Caller caller, String currentRole, String partnerCode, Role newRole) {
        if (newRole == null) {
            return Optional.of("Choose a role.");
        }
        boolean staffNow = Role.ofName(currentRole).map(Role::isVendorStaff).orElse(false);
        if (staffNow != newRole.isVendorStaff()) {
            return Optional.of("A role changes within the person's side: " + (staffNow
                    ? "vendor staff are vendor admins, partner managers or executives."
                    : "a partner's people are partner admins or partner users."));
        }
        return roleProblem(caller, newRole, partnerCode);
    }

    private static Optional<String> roleProblem(Caller caller, Role role, String partnerCode) {
        if (role == null) {
            return Optional.of("Choose a role.");
        }
        if (!rolesGivenBy(caller).contains(role)) {
            return Optional.of(STAFF_ROLES.contains(role) ? Permission.MANAGE_VENDOR_STAFF.refusal() + "."
                    : "The role " + role.roleName() + " is not given to people.");
        }
        if (role.isVendorStaff()) {
            return Optional.empty();
        }
        if (caller.isPartnerUser() && partnerCode != null && !partnerCode.isBlank()
                && !partnerCode.strip().equals(caller.partnerCode())) {
            return Optional.of("You invite and manage the people of your own partner (" + caller.partnerCode()
                    + ") only.");
        }
        if (!caller.isPartnerUser() && (partnerCode == null || partnerCode.isBlank())) {
            return Optional.of("Choose the partner a " + role.roleName() + " belongs to.");
        }
        return Optional.empty();
    }

    /** The refusal when a change would leave the vendor without an active vendor admin; empty when others remain. */
    public static Optional<String> lastVendorAdminProblem(String change, String role, long otherActiveVendorAdmins) {
        if (Role.VENDOR_ADMIN.roleName().equals(role) && otherActiveVendorAdmins == 0) {
            return Optional.of("Not " + change + ": this is the vendor's last vendor admin. Invite another vendor admin"
                    + " first.");
        }
        return Optional.empty();
    }
}
