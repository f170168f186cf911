package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.audit.AuditEntry;
import com.partnerqbr.portal.audit.AuditFilter;
import com.partnerqbr.portal.audit.AuditTrail;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.operator.NewVendor;
import com.partnerqbr.portal.operator.VendorOnboarding;
import com.partnerqbr.portal.partner.PartnerDetails;
import com.partnerqbr.portal.partner.PartnerRegistry;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.people.IdentityAccounts;
import com.partnerqbr.portal.people.PeopleAdmin;
import com.partnerqbr.portal.people.PeopleAdmin.Invitation;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.people.PersonStatus;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.MissingTenantException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People administered (issue 15) inside the real Payara Server against the real MariaDB and the
 * real Keycloak (through the portal's service account): an invitation creates the account with the
 * vendor's and partner's attributes and the role; every refusal (a bad address, one already
 * invited, a partner's admin inviting vendor staff or into another partner, the last vendor admin
 * demoted or deactivated, oneself deactivated) changes nothing in the directory, the audit trail or
 * Keycloak; another vendor and another partner get "not found". The platform's operator opens a
 * vendor whose first admin is invited, and reads no vendor's data.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleAdminIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("people-admin-it", PeopleAdminIT.class);
    }

    @EJB
    private PeopleAdmin admin;

    @EJB
    private PeopleDirectory directory;

    @EJB
    private PartnerRegistry registry;

    @EJB
    private PartnerService partners;

    @EJB
    private AuditTrail audit;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private VendorOnboarding onboarding;

    @EJB
    private ProgramClock clock;

    @Inject
    private IdentityAccounts accounts;

    private TwoVendors two;
    private String tag;
    private Caller ada;
    private Caller pia;

    @BeforeEach
    void vendors() {
        two = TwoVendors.register(vendors, "invite", "Invite vendor");
        tag = UUID.randomUUID().toString().substring(0, 8);
        ada = new Caller("ada-" + tag, two.vendor(), null, Set.of(Role.VENDOR_ADMIN), "ada-" + tag + "@vendor.example");
        pia = new Caller("pia-" + tag, two.vendor(), "alpha", Set.of(Role.PARTNER_ADMIN), "pia-" + tag + "@alpha.example");
        as(ada, () -> {
            registry.create(partner("alpha"));
            registry.create(partner("bravo"));
        });
        as(ada, () -> directory.signedIn());
        as(pia, () -> directory.signedIn());
    }

    private static PartnerDetails partner(String code) {
        return new PartnerDetails(code, code.toUpperCase(), PartnerType.RESELLER, "EMEA", LocalDate.of(2025, 1, 1), null, null);
    }

    private String address(String who) {
        return who + "-" + tag + "@invite.example";
    }

    @Test
    void anInvitationCreatesTheAccountWithTheVendorPartnerAndRoleAndTheRefusalsChangeNothing() {
        Person nia = as(ada, () -> admin.invite(new Invitation(" " + address("Nia").toUpperCase() + " ", "Nia", "Lee",
                Role.PARTNER_USER, "alpha")));
        assertEquals(address("nia"), nia.getUsername(), "the address, in lower case, is the user name");
        assertEquals(PersonStatus.INVITED, nia.getStatus());
        assertEquals("alpha", nia.getPartnerCode());
        assertEquals("ada-" + tag, nia.getInvitedBy());
        JsonObject account = accounts.byUsername(address("nia")).orElseThrow();
        assertEquals(two.vendor(), IdentityAccounts.attribute(account, "vendor"));
        assertEquals("alpha", IdentityAccounts.attribute(account, "partner"));
        assertEquals(address("nia"), account.getString("email"));
        assertEquals(nia.getIdentityId(), account.getString("id"));
        assertTrue(account.getBoolean("enabled"));
        assertEquals(List.of("invited"), entries(address("nia")));

        long people = as(ada, () -> directory.count());
        refused(ada, () -> admin.invite(new Invitation("nia at invite", "Nia", "Lee", Role.PARTNER_USER, "alpha")),
                "'nia at invite' is not an e-mail address.");
        refused(ada, () -> admin.invite(new Invitation(address("nia"), "Nia", "Lee", Role.PARTNER_USER, "alpha")),
                address("nia") + " is already invited (invited); nothing was changed.");
        refused(ada, () -> admin.invite(new Invitation(address("ned"), "Ned", "", Role.EXECUTIVE, null)),
                "Enter the last name.");
        refused(pia, () -> admin.invite(new Invitation(address("eve"), "Eve", "Ng", Role.EXECUTIVE, null)),
                "inviting and managing the vendor's staff and the users of any partner is for the vendor's admins.");
        refused(pia, () -> admin.invite(new Invitation(address("bob"), "Bob", "Ng", Role.PARTNER_USER, "bravo")),
                "You invite and manage the people of your own partner (alpha) only.");
        NotFoundException otherVendorsPartner = assertThrows(NotFoundException.class, () -> as(two.otherAdmin(),
                () -> admin.invite(new Invitation(address("zed"), "Zed", "Ng", Role.PARTNER_USER, "alpha"))));
        assertEquals("partner alpha not found", otherVendorsPartner.getMessage());
        assertThrows(AccessDeniedException.class, () -> as(two.staff("max", Role.PARTNER_MANAGER),
                () -> admin.invite(new Invitation(address("pam"), "Pam", "Ng", Role.PARTNER_USER, "alpha"))));
        assertThrows(AccessDeniedException.class, () -> as(two.partnerUser("sam", "alpha", Role.PARTNER_USER),
                () -> admin.invite(new Invitation(address("pam"), "Pam", "Ng", Role.PARTNER_USER, "alpha"))));

        assertEquals(people, as(ada, () -> directory.count()), "no refused invitation entered the directory");
        for (String who : List.of("ned", "eve", "bob", "zed", "pam")) {
            assertTrue(accounts.byUsername(address(who)).isEmpty(), who + " got no account");
        }
        assertEquals(0, as(two.otherAdmin(), () -> directory.count()), "another vendor's directory stays empty");
    }

    @Test
    void aPartnersAdminManagesItsOwnTeamOnlyAndAnotherVendorFindsNoneOfIt() {
        Person ole = as(pia, () -> admin.invite(new Invitation(address("ole"), "Ole", "Berg", Role.PARTNER_USER, null)));
        assertEquals("alpha", ole.getPartnerCode(), "a partner's admin invites into its own partner");
        Person bea = as(ada, () -> admin.invite(new Invitation(address("bea"), "Bea", "Kim", Role.PARTNER_USER, "bravo")));
        Person ed = as(ada, () -> admin.invite(new Invitation(address("ed"), "Ed", "Ro", Role.EXECUTIVE, null)));

        as(pia, () -> admin.resend(ole.getId()));
        as(pia, () -> admin.changeRole(ole.getId(), Role.PARTNER_ADMIN));
        as(pia, () -> admin.deactivate(ole.getId()));
        assertTrue(accounts.byUsername(address("ole")).map(a -> !a.getBoolean("enabled")).orElseThrow(),
                "the account is disabled");
        as(pia, () -> admin.reactivate(ole.getId()));
        assertTrue(accounts.byUsername(address("ole")).map(a -> a.getBoolean("enabled")).orElseThrow());
        assertEquals(PersonStatus.INVITED, status(ole), "back to invited: never signed in");
        assertEquals(List.of("invited", "invitation sent again", "role changed", "deactivated", "reactivated"),
                entries(address("ole")));
        refused(pia, () -> admin.changeRole(ole.getId(), Role.PARTNER_ADMIN),
                address("ole") + " is already partner-admin; nothing was changed.");

        for (Person notHers : List.of(bea, ed)) {
            for (Supplier<Person> attack : List.<Supplier<Person>>of(() -> admin.deactivate(notHers.getId()),
                    () -> admin.resend(notHers.getId()), () -> admin.changeRole(notHers.getId(), Role.PARTNER_ADMIN),
                    () -> admin.reactivate(notHers.getId()))) {
                assertEquals("person not found", assertThrows(NotFoundException.class, () -> as(pia, attack)).getMessage());
            }
        }
        for (Person acmes : List.of(ole, bea, ed)) {
            assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> admin.deactivate(acmes.getId())));
            assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> admin.resend(acmes.getId())));
            assertThrows(NotFoundException.class,
                    () -> as(two.otherAdmin(), () -> admin.changeRole(acmes.getId(), Role.VENDOR_ADMIN)));
        }
        assertEquals(PersonStatus.INVITED, status(bea), "nothing changed");
        assertEquals(PersonStatus.INVITED, status(ed));
        assertEquals("executive", as(ada, () -> directory.page(0, 100)).stream()
                .filter(p -> p.getId().equals(ed.getId())).findFirst().orElseThrow().getRole());
        assertTrue(accounts.byUsername(address("bea")).map(a -> a.getBoolean("enabled")).orElseThrow());
    }

    @Test
    void theLastActiveVendorAdminIsNeitherDemotedNorDeactivatedAndNobodyDeactivatesThemselves() {
        Person adaRow = as(ada, () -> directory.page(0, 100)).stream().filter(p -> p.getUsername().equals(ada.name()))
                .findFirst().orElseThrow();
        refused(ada, () -> admin.changeRole(adaRow.getId(), Role.EXECUTIVE),
                "Not changed: this is the vendor's last vendor admin. Invite another vendor admin first.");
        refused(ada, () -> admin.deactivate(adaRow.getId()), "You cannot deactivate yourself; ask another admin.");
        Caller ben = new Caller("ben-" + tag, two.vendor(), null, Set.of(Role.VENDOR_ADMIN));
        refused(ben, () -> admin.deactivate(adaRow.getId()),
                "Not deactivated: this is the vendor's last vendor admin. Invite another vendor admin first.");
        Person invitedAdmin = as(ada, () -> admin.invite(new Invitation(address("vic"), "Vic", "Ash", Role.VENDOR_ADMIN,
                null)));
        refused(ben, () -> admin.deactivate(adaRow.getId()),
                "Not deactivated: this is the vendor's last vendor admin. Invite another vendor admin first.");
        assertEquals(PersonStatus.ACTIVE, status(adaRow), "an invited admin who never signed in does not count");
        assertEquals(List.of(), entries(ada.name()).stream().filter(e -> !e.equals("signed in first")).toList());
        assertEquals(PersonStatus.INVITED, status(invitedAdmin));
    }

    @Test
    void aPartnersOwnerTheDirectoryKnowsIsAPartnerManagerNotDeactivated() {
        Person pam = as(ada, () -> admin.invite(new Invitation(address("pam"), "Pam", "Mo", Role.PARTNER_MANAGER, null)));
        as(ada, () -> registry.create(owned("charlie", address("pam"))));
        refused(ada, () -> registry.create(owned("delta", pia.name())), "Owner '" + pia.name() + "' is partner-admin in"
                + " the people directory, not a partner manager: a partner's owner is a partner manager.");
        as(ada, () -> admin.deactivate(pam.getId()));
        refused(ada, () -> registry.create(owned("delta", address("pam"))), "Owner '" + address("pam")
                + "' is deactivated: choose a partner manager who is active or invited.");
        assertThrows(NotFoundException.class, () -> as(ada, () -> partners.findByCode("delta")), "nothing created");
        as(ada, () -> registry.create(owned("echo", "max")));
        assertEquals("max", as(ada, () -> partners.findByCode("echo")).getOwner(),
                "a name the directory does not know yet is taken");
    }

    private static PartnerDetails owned(String code, String owner) {
        return new PartnerDetails(code, code.toUpperCase(), PartnerType.RESELLER, "EMEA", LocalDate.of(2025, 1, 1), null,
                owner);
    }

    @Test
    void theOperatorOpensAVendorWhoseFirstAdminIsInvitedAndReadsNoVendorsData() {
        Caller olga = new Caller("olga", null, null, Set.of(Role.PLATFORM_OPERATOR));
        String code = "it-op-" + tag;
        NewVendor initech = new NewVendor(code, "Initech " + tag, "EUR", "Europe/Berlin", "Initech Partners",
                address("ivy"), "Ivy", "Ito");
        as(olga, () -> onboarding.open(initech));
        assertTrue(as(olga, () -> onboarding.vendors()).stream().anyMatch(v -> v.getCode().equals(code)
                && v.getCurrency().equals("EUR") && v.getSenderName().equals("Initech Partners")));
        Caller itsAdmin = new Caller("ivy", code, null, Set.of(Role.VENDOR_ADMIN));
        Person ivy = as(itsAdmin, () -> directory.page(0, 10)).get(0);
        assertEquals(address("ivy"), ivy.getUsername());
        assertEquals("vendor-admin", ivy.getRole());
        assertEquals(PersonStatus.INVITED, ivy.getStatus());
        assertEquals("olga", ivy.getInvitedBy());
        assertEquals(ZoneId.of("Europe/Berlin"), as(itsAdmin, () -> clock.clock().zone()));
        assertEquals(code, IdentityAccounts.attribute(accounts.byUsername(address("ivy")).orElseThrow(), "vendor"));

        String taken = assertThrows(RefusedException.class, () -> as(olga, () -> onboarding.open(new NewVendor(code,
                "Again", "USD", "UTC", null, address("ian"), "Ian", "Ode"))), "a taken code").getMessage();
        assertEquals("The vendor code " + code + " is taken; choose another.", taken);
        String codeOfDup = "it-op2-" + tag;
        assertThrows(RefusedException.class, () -> as(olga, () -> onboarding.open(new NewVendor(codeOfDup, "Dup",
                "USD", "UTC", null, address("ivy"), "Ivy", "Ito"))), "an address with an account");
        assertTrue(vendors.findByCode(codeOfDup).isEmpty(), "a refused invitation leaves no vendor");

        for (Supplier<?> read : List.<Supplier<?>>of(() -> partners.count(null, false, false), () -> directory.count(),
                () -> audit.count(AuditFilter.ALL), () -> clock.clock())) {
            assertThrows(MissingTenantException.class, () -> as(olga, read),
                    "the operator reads no vendor's data");
        }
        assertThrows(AccessDeniedException.class, () -> as(ada, () -> onboarding.vendors()), "vendor staff list no vendors");
        assertThrows(AccessDeniedException.class, () -> as(ada, () -> onboarding.open(initech)));
    }

    /** Kept per server once read: a vendor discarded and opened again under its code has the new name and currency. */
    @Test
    void aVendorsNameAndCurrencyAreThoseOfTheVendorUnderItsCodeNow() {
        String code = "it-id-" + tag;
        assertEquals(Optional.empty(), vendors.identity(code));
        vendors.open(code, "First " + tag, "EUR", null);
        assertEquals(new VendorDirectory.Identity("First " + tag, "EUR"), vendors.identity(code).orElseThrow());
        assertEquals("EUR", vendors.currency(code));
        vendors.discard(code);
        assertEquals(Optional.empty(), vendors.identity(code));
        vendors.open(code, "Second " + tag, "GBP", null);
        assertEquals(new VendorDirectory.Identity("Second " + tag, "GBP"), vendors.identity(code).orElseThrow());
        assertEquals("GBP", vendors.currency(code));
        vendors.discard(code);
    }

    private PersonStatus status(Person person) {
        return as(ada, () -> directory.page(0, 100)).stream().filter(p -> p.getId().equals(person.getId())).findFirst()
                .orElseThrow().getStatus();
    }

    /** The actions of the audit trail's entries about the person, oldest first. */
    private List<String> entries(String username) {
        List<AuditEntry> found = as(ada, () -> audit.page(new AuditFilter("person", username), 0, 100));
        List<String> actions = new ArrayList<>(found.stream().filter(e -> e.getSubjectKey().equals(username))
                .map(AuditEntry::getAction).toList());
        Collections.reverse(actions);
        return actions;
    }

    private static void refused(Caller caller, Supplier<?> change, String message) {
        assertEquals(message, assertThrows(RefusedException.class, () -> as(caller, change)).getMessage());
    }
}
