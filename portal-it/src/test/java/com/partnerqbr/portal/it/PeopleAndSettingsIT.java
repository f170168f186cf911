package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.audit.AuditEntry;
import com.partnerqbr.portal.audit.AuditFilter;
import com.partnerqbr.portal.audit.AuditTrail;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.people.PersonStatus;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import com.partnerqbr.portal.vendor.VendorMailSettings;
import com.partnerqbr.portal.vendor.VendorMailSettings.Mail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The people directory and the vendor's mail settings (issue 15) inside the real Payara Server
 * against the real MariaDB: people listed and kept up to date from their sign-ins, a partner's
 * admin seeing only its own partner's people; the sender name and admin e-mail saved, refused
 * when bad or stale, audited; each attacked from another vendor and the roles that may not.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleAndSettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("people-it", PeopleAndSettingsIT.class);
    }

    @EJB
    private PeopleDirectory people;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private VendorMailSettings mail;

    @EJB
    private AuditTrail audit;

    @EJB
    private VendorDirectory vendors;

    private TwoVendors two;
    private Caller admin;

    @BeforeEach
    void vendors() {
        two = TwoVendors.register(vendors, "people", "People vendor");
        admin = new Caller("ada", two.vendor(), null, Set.of(Role.VENDOR_ADMIN), "ada@vendor.example");
    }

    @Test
    void peopleAreListedFromTheirSignInsAndAPartnersAdminSeesOnlyItsOwnPartnersPeople() {
        Caller pia = new Caller("pia", two.vendor(), "alpha", Set.of(Role.PARTNER_ADMIN), "pia@alpha.example");
        Caller sam = new Caller("sam", two.vendor(), "alpha", Set.of(Role.PARTNER_USER), "sam@alpha.example");
        Caller bo = new Caller("bo", two.vendor(), "bravo", Set.of(Role.PARTNER_ADMIN), "bo@bravo.example");
        for (Caller caller : List.of(admin, pia, sam, bo)) {
            as(caller, () -> people.signedIn());
        }
        List<Person> all = as(admin, () -> people.page(0, 25));
        assertEquals(List.of("ada", "pia", "sam", "bo"), all.stream().map(Person::getUsername).toList(),
                "staff first, then by partner and name");
        Person piaRow = all.get(1);
        assertEquals("pia@alpha.example", piaRow.getEmail());
        assertEquals("partner-admin", piaRow.getRole());
        assertEquals("alpha", piaRow.getPartnerCode());
        assertEquals(PersonStatus.ACTIVE, piaRow.getStatus());
        assertTrue(piaRow.getLastSignInAt() != null);

        assertEquals(List.of("pia", "sam"), as(pia, () -> people.page(0, 25)).stream().map(Person::getUsername).toList(),
                "a partner's admin sees its own partner's people");
        assertEquals(2, as(pia, () -> people.count()));
        assertEquals(List.of("bo"), as(bo, () -> people.page(0, 25)).stream().map(Person::getUsername).toList());
        for (Caller refused : List.of(sam, two.staff("max", Role.PARTNER_MANAGER), two.staff("eve", Role.EXECUTIVE))) {
            assertThrows(AccessDeniedException.class, () -> as(refused, () -> people.count()), refused.name());
        }
        assertEquals(0, as(two.otherAdmin(), () -> people.count()), "another vendor sees none of them");

        Caller promoted = new Caller("sam", two.vendor(), "alpha", Set.of(Role.PARTNER_ADMIN), "sam@alpha.example");
        as(promoted, () -> people.signedIn());
        assertEquals("partner-admin", as(admin, () -> people.page(0, 25)).get(2).getRole());
        List<AuditEntry> samTrail = as(admin, () -> audit.page(new AuditFilter("person", "sam"), 0, 10));
        assertEquals(List.of("changed at sign-in", "signed in first"), samTrail.stream().map(AuditEntry::getAction).toList());
        assertEquals("role: partner-user", samTrail.get(0).getBefore());
        assertEquals("role: partner-admin", samTrail.get(0).getAfter());
        as(promoted, () -> people.signedIn());
        assertEquals(2, as(admin, () -> audit.count(new AuditFilter("person", "sam"))), "an unchanged sign-in is no change");
    }

    /**
     * One person signing in from several tabs, devices or servers at the same moment: every sign-in is
     * recorded, none refused by another's write (they once failed on the row's version), the last time
     * kept, no change in the audit trail.
     */
    @Test
    void signInsOfOnePersonAtTheSameMomentAreAllRecorded() throws Exception {
        Caller sam = new Caller("sam", two.vendor(), "alpha", Set.of(Role.PARTNER_USER), "sam@alpha.example");
        as(sam, () -> people.signedIn());
        Instant first = as(admin, () -> people.page(0, 25)).get(0).getLastSignInAt();
        Thread.sleep(50); // the column keeps milliseconds
        int signIns = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < signIns; i++) {
            done.add(executor.submit(() -> {
                start.await();
                // a task of the executor has no request of its own, where the caller lives
                RequestContextController request = CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                    as(sam, () -> people.signedIn());
                } finally {
                    request.deactivate();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> signIn : done) {
            signIn.get(60, TimeUnit.SECONDS);
        }
        List<Person> rows = as(admin, () -> people.page(0, 25));
        assertEquals(List.of("sam"), rows.stream().map(Person::getUsername).toList());
        assertTrue(rows.get(0).getLastSignInAt().isAfter(first), "the later sign-ins' time kept");
        assertEquals(1, as(admin, () -> audit.count(new AuditFilter("person", "sam"))), "only the first sign-in audited");
    }

    @Test
    void aVendorAdminSetsTheSenderNameAndAdminEmailAndBadOrStaleSavesChangeNothing() {
        Mail opened = as(admin, () -> mail.current());
        assertEquals(new Mail(null, null), opened);
        as(admin, () -> mail.save(opened, new Mail(" Acme Partner Team ", "alliances@vendor.example")));
        assertEquals(new Mail("Acme Partner Team", "alliances@vendor.example"), as(admin, () -> mail.current()));
        assertEquals("Acme Partner Team", vendors.findByCode(two.vendor()).orElseThrow().getSenderName());

        Mail now = as(admin, () -> mail.current());
        RefusedException bad = assertThrows(RefusedException.class, () -> as(admin, () -> mail.save(now,
                new Mail("Acme", "not an address"))));
        assertEquals("Admin e-mail 'not an address' is not an e-mail address.", bad.getMessage());
        RefusedException twoLines = assertThrows(RefusedException.class, () -> as(admin, () -> mail.save(now,
                new Mail("Acme\r\nBcc: x@y.example", null))));
        assertEquals("Sender name must be one line of at most 200 characters.", twoLines.getMessage());
        RefusedException stale = assertThrows(RefusedException.class, () -> as(admin, () -> mail.save(opened,
                new Mail("Mine", null))));
        assertEquals("Someone changed the mail settings since you opened them; nothing was saved. Theirs: sender name"
                + " 'Acme Partner Team', admin e-mail 'alliances@vendor.example'. Yours: sender name 'Mine', admin e-mail"
                + " (none).", stale.getMessage());
        assertEquals(now, as(admin, () -> mail.current()), "nothing changed");

        List<AuditEntry> trail = as(admin, () -> audit.page(new AuditFilter("vendor", null), 0, 10));
        assertEquals(1, trail.size());
        assertEquals("sender name: (none)\nadmin e-mail: (none)", trail.get(0).getBefore());
        assertEquals("sender name: Acme Partner Team\nadmin e-mail: alliances@vendor.example", trail.get(0).getAfter());

        assertEquals(new Mail(null, null), as(two.otherAdmin(), () -> mail.current()), "another vendor's are its own");
        for (Caller refused : List.of(two.staff("max", Role.PARTNER_MANAGER), two.staff("eve", Role.EXECUTIVE),
                two.partnerUser("pia", "alpha", Role.PARTNER_ADMIN))) {
            assertThrows(AccessDeniedException.class, () -> as(refused, () -> mail.save(now, new Mail("Taken", null))),
                    refused.name());
        }
        assertEquals(now, as(admin, () -> mail.current()));
    }
}
