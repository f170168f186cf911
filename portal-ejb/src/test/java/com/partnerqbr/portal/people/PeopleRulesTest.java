package com.partnerqbr.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeopleRulesTest {

    private static final Caller ALICE = new Caller("alice", "acme", null, Set.of(Role.VENDOR_ADMIN));
    private static final Caller PAULA = new Caller("paula", "acme", "brightpath", Set.of(Role.PARTNER_ADMIN));
    private static final Caller SAM = new Caller("sam", "acme", "brightpath", Set.of(Role.PARTNER_USER));
    private static final Caller MAX = new Caller("max", "acme", null, Set.of(Role.PARTNER_MANAGER));

    @Test
    void vendorAdminsGiveEveryPeoplesRolePartnerAdminsThePartnerRolesOthersNone() {
        assertEquals(List.of(Role.VENDOR_ADMIN, Role.PARTNER_MANAGER, Role.EXECUTIVE, Role.PARTNER_ADMIN,
                Role.PARTNER_USER), PeopleRules.rolesGivenBy(ALICE));
        assertEquals(List.of(Role.PARTNER_ADMIN, Role.PARTNER_USER), PeopleRules.rolesGivenBy(PAULA));
        assertEquals(List.of(), PeopleRules.rolesGivenBy(SAM));
        assertEquals(List.of(), PeopleRules.rolesGivenBy(MAX));
    }

    @Test
    void anInvitationNeedsAnAddressARoleTheCallerGivesAndForAPartnerUserItsPartner() {
        assertEquals(Optional.empty(), PeopleRules.invitationProblem(ALICE, " Nia@Brightpath.example ", Role.PARTNER_USER,
                "brightpath"));
        assertEquals(Optional.empty(), PeopleRules.invitationProblem(ALICE, "ed@acme.example", Role.EXECUTIVE, null));
        assertEquals(Optional.of("'nia at brightpath' is not an e-mail address."),
                PeopleRules.invitationProblem(ALICE, "nia at brightpath", Role.PARTNER_USER, "brightpath"));
        assertEquals(Optional.of("'' is not an e-mail address."), PeopleRules.invitationProblem(ALICE, null, Role.EXECUTIVE, null));
        assertEquals(Optional.of("Choose a role."), PeopleRules.invitationProblem(ALICE, "ed@acme.example", null, null));
        assertEquals(Optional.of("Choose the partner a partner-user belongs to."),
                PeopleRules.invitationProblem(ALICE, "nia@brightpath.example", Role.PARTNER_USER, " "));
        assertEquals(Optional.of("The role vendor-integration is not given to people."),
                PeopleRules.invitationProblem(ALICE, "bot@acme.example", Role.VENDOR_INTEGRATION, null));
        assertEquals(Optional.of("The role platform-operator is not given to people."),
                PeopleRules.invitationProblem(ALICE, "op@acme.example", Role.PLATFORM_OPERATOR, null));
    }

    @Test
    void aPartnersAdminInvitesItsOwnPartnersUsersOnly() {
        assertEquals(Optional.empty(), PeopleRules.invitationProblem(PAULA, "nia@brightpath.example", Role.PARTNER_USER, null));
        assertEquals(Optional.empty(), PeopleRules.invitationProblem(PAULA, "nia@brightpath.example", Role.PARTNER_ADMIN,
                "brightpath"));
        assertEquals(Optional.of("You invite and manage the people of your own partner (brightpath) only."),
                PeopleRules.invitationProblem(PAULA, "oz@orbit.example", Role.PARTNER_USER, "orbit-integrations"));
        for (Role staff : List.of(Role.VENDOR_ADMIN, Role.PARTNER_MANAGER, Role.EXECUTIVE)) {
            assertEquals(Optional.of("inviting and managing the vendor's staff and the users of any partner is for the"
                    + " vendor's admins."), PeopleRules.invitationProblem(PAULA, "x@acme.example", staff, null), staff.name());
        }
    }

    @Test
    void aRoleChangesWithinThePersonsSide() {
        assertEquals(Optional.empty(), PeopleRules.roleChangeProblem(ALICE, "partner-manager", null, Role.EXECUTIVE));
        assertEquals(Optional.empty(), PeopleRules.roleChangeProblem(PAULA, "partner-user", "brightpath", Role.PARTNER_ADMIN));
        assertEquals(Optional.of("A role changes within the person's side: a partner's people are partner admins or"
                + " partner users."), PeopleRules.roleChangeProblem(ALICE, "partner-user", "brightpath", Role.EXECUTIVE));
        assertEquals(Optional.of("A role changes within the person's side: vendor staff are vendor admins, partner"
                + " managers or executives."), PeopleRules.roleChangeProblem(ALICE, "executive", null, Role.PARTNER_USER));
        assertEquals(Optional.of("Choose a role."), PeopleRules.roleChangeProblem(ALICE, "executive", null, null));
    }

    @Test
    void theLastActiveVendorAdminStays() {
        assertEquals(Optional.of("Not deactivated: this is the vendor's last vendor admin. Invite another vendor admin"
                + " first."), PeopleRules.lastVendorAdminProblem("deactivated", "vendor-admin", 0));
        assertEquals(Optional.empty(), PeopleRules.lastVendorAdminProblem("deactivated", "vendor-admin", 1));
        assertEquals(Optional.empty(), PeopleRules.lastVendorAdminProblem("changed", "executive", 0));
    }
}
