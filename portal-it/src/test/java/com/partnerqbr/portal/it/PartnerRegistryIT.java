package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.audit.AuditEntry;
import com.partnerqbr.portal.audit.AuditFilter;
import com.partnerqbr.portal.audit.AuditTrail;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerDetails;
import com.partnerqbr.portal.partner.PartnerRegistry;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.intake.ImportResult;
import com.partnerqbr.portal.program.intake.IncomingRow;
import com.partnerqbr.portal.program.intake.ProgramDataImport;
import com.partnerqbr.portal.program.intake.ProgramDataKind;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vendor admins keep their partners (issue 15) inside the real Payara Server against the real
 * MariaDB: create, change, archive and restore, bad details and stale edits refused with nothing
 * changed, partners by import (CSV and rows, all or nothing, keyed by code), every change in the
 * audit trail; attacked from another vendor, a partner user, a partner manager and an executive.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerRegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("partners-it", PartnerRegistryIT.class);
    }

    @EJB
    private PartnerRegistry registry;

    @EJB
    private PartnerService partners;

    @EJB
    private AuditTrail audit;

    @EJB
    private ProgramDataImport importer;

    @EJB
    private VendorDirectory vendors;

    private TwoVendors two;
    private Caller admin;

    @BeforeEach
    void vendors() {
        two = TwoVendors.register(vendors, "partners", "Partner keeper");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
    }

    private static PartnerDetails nova(String name, String zone) {
        return new PartnerDetails("nova", name, PartnerType.RESELLER, "EMEA", LocalDate.of(2025, 2, 1), zone, "max");
    }

    @Test
    void aVendorAdminCreatesChangesArchivesAndRestoresAPartnerAndEveryChangeIsAudited() {
        Partner created = as(admin, () -> registry.create(nova("Nova Labs", "Europe/Berlin")));
        Partner read = as(admin, () -> partners.findByCode("nova"));
        assertEquals("Nova Labs", read.getName());
        assertEquals("Europe/Berlin", read.getTimeZone());
        assertEquals("max", read.getOwner());

        as(admin, () -> registry.change(created.getId(), read.getVersion(), nova("Nova Labs GmbH", "Europe/Berlin")));
        Partner changed = as(admin, () -> partners.findByCode("nova"));
        assertEquals("Nova Labs GmbH", changed.getName());

        as(admin, () -> registry.archive(created.getId(), changed.getVersion()));
        Partner archived = as(admin, () -> partners.findByCode("nova"));
        assertTrue(archived.isArchived());
        assertEquals(0, as(admin, () -> partners.count(null, false, false)), "an archived partner leaves the list");
        assertEquals(List.of("nova"), as(admin, () -> partners.list(null, true, false, "name", true, 0, 10)).stream()
                .map(Partner::getCode).toList(), "and is among the archived ones");
        assertEquals("Nova Labs GmbH", as(admin, () -> partners.findByCode("nova")).getName(), "its history stays");
        as(admin, () -> registry.restore(created.getId(), archived.getVersion()));
        assertFalse(as(admin, () -> partners.findByCode("nova")).isArchived());
        assertEquals(1, as(admin, () -> partners.count(null, false, false)));

        List<AuditEntry> trail = as(admin, () -> audit.page(AuditFilter.ALL, 0, 10));
        assertEquals(List.of("restored", "archived", "changed", "created"), trail.stream().map(AuditEntry::getAction).toList());
        trail.forEach(e -> assertEquals("ada", e.getActor()));
        trail.forEach(e -> assertEquals("nova", e.getSubjectKey()));
        AuditEntry change = trail.get(2);
        assertEquals("name: Nova Labs", change.getBefore(), "only what changed");
        assertEquals("name: Nova Labs GmbH", change.getAfter());
        AuditEntry creation = trail.get(3);
        assertNull(creation.getBefore());
        assertEquals("code: nova\nname: Nova Labs\ntype: Reseller\nregion: EMEA\njoined on: 2025-02-01\n"
                + "time zone: Europe/Berlin\nowner: max", creation.getAfter());
        assertEquals("archived: no", trail.get(1).getBefore());
        assertTrue(trail.get(1).getAfter().startsWith("archived: since "), trail.get(1).getAfter());

        assertEquals(4, as(admin, () -> audit.count(new AuditFilter("partner", "NOV"))), "filtered by code");
        assertEquals(4, as(admin, () -> audit.count(new AuditFilter(null, "ada"))), "filtered by who");
        assertEquals(0, as(admin, () -> audit.count(new AuditFilter("person", null))), "filtered by subject");
        assertEquals(0, as(admin, () -> audit.count(new AuditFilter(null, "zed"))));
    }

    @Test
    void badDetailsAreRefusedNamingEachFieldAndNothingIsSaved() {
        RefusedException bad = assertThrows(RefusedException.class, () -> as(admin, () -> registry.create(
                new PartnerDetails("Nova Labs!", " ", null, "x".repeat(81), LocalDate.of(1999, 12, 31), "Mars/Base",
                        "max manager"))));
        assertEquals("Code 'nova labs!' is not valid: use 2 to 64 lower-case letters, digits and hyphens, starting with"
                + " a letter or digit (e.g. brightpath). Name is required. Type is required. Region is longer than 80"
                + " characters (81). Joined on 1999-12-31 is outside 2000-01-01 to 2099-12-31. Time zone 'Mars/Base' is"
                + " not a time zone: use a name like Europe/Berlin or America/Chicago, or leave it empty for the"
                + " program's zone. Owner 'max manager' is not a user name: use the partner manager's sign-in name"
                + " (letters, digits and . _ @ + -).", bad.getMessage());
        assertEquals(0, as(admin, () -> partners.count(null, false, false)));
        assertEquals(0, as(admin, () -> audit.count(AuditFilter.ALL)), "no audit entry for what was not done");

        Partner created = as(admin, () -> registry.create(nova("Nova Labs", null)));
        RefusedException taken = assertThrows(RefusedException.class, () -> as(admin, () -> registry.create(
                new PartnerDetails("NOVA", "Another", PartnerType.OEM, null, LocalDate.of(2025, 1, 1), null, null))));
        assertEquals("Code nova is already the code of Nova Labs: choose another one.", taken.getMessage());
        RefusedException recoded = assertThrows(RefusedException.class, () -> as(admin, () -> registry.change(
                created.getId(), created.getVersion(), new PartnerDetails("nova-2", "Nova Labs", PartnerType.RESELLER,
                        "EMEA", LocalDate.of(2025, 2, 1), null, "max"))));
        assertEquals("Code stays nova: the partner's users and the API know it by it.", recoded.getMessage());
        assertEquals(1, as(admin, () -> audit.count(AuditFilter.ALL)));
    }

    @Test
    void aChangeBasedOnAPartnerSomeoneChangedMeanwhileIsRefusedShowingBothValues() {
        Partner created = as(admin, () -> registry.create(nova("Nova Labs", null)));
        long opened = as(admin, () -> partners.findByCode("nova")).getVersion();
        as(admin, () -> registry.change(created.getId(), opened, nova("Nova Labs AG", null)));
        RefusedException stale = assertThrows(RefusedException.class, () -> as(admin, () -> registry.change(
                created.getId(), opened, nova("Nova Laboratories", "Europe/Paris"))));
        assertEquals("Someone changed Nova Labs AG since you opened it; nothing was saved. Theirs: name 'Nova Labs AG',"
                + " time zone (none). Yours: name 'Nova Laboratories', time zone 'Europe/Paris'. Open it again to start"
                + " from theirs.", stale.getMessage());
        assertEquals("Nova Labs AG", as(admin, () -> partners.findByCode("nova")).getName());
        assertThrows(RefusedException.class, () -> as(admin, () -> registry.archive(created.getId(), opened)),
                "a stale archive too");
        assertFalse(as(admin, () -> partners.findByCode("nova")).isArchived());
    }

    @Test
    void partnersComeInByImportAllOrNothingKeyedByCodeAndAudited() {
        ImportResult refused = as(admin, () -> importer.importRows(ProgramDataKind.PARTNERS, List.of(
                row(1, "nova", "Nova Labs", "reseller", "2025-02-01", "Europe/Berlin"),
                row(2, "orbit", "Orbit", "shop", "2025-02-01", ""),
                row(3, "vega", "", "oem", "2025-13-01", "Moon/Base"))));
        assertFalse(refused.isApplied());
        assertEquals(List.of("line 2, type: 'shop' is not one of reseller, referral, implementation, technology,"
                        + " supplier, co_marketing, oem, white_label, joint_venture", "line 3, name: required",
                        "line 3, joined_on: '2025-13-01' is not a date: write it as yyyy-MM-dd, e.g. 2026-07-31"),
                refused.problems().stream().map(Object::toString).toList());
        assertEquals(0, as(admin, () -> partners.count(null, false, false)), "one bad row: nothing imported");
        assertEquals(0, as(admin, () -> audit.count(AuditFilter.ALL)));

        ImportResult applied = as(admin, () -> importer.importCsv(ProgramDataKind.PARTNERS, csv(
                "code,name,type,region,joined_on,time_zone,owner",
                "nova,Nova Labs,reseller,EMEA,2025-02-01,Europe/Berlin,max",
                "orbit,Orbit,technology,,2024-06-30,,")));
        assertEquals("Imported 2 partners: 2 new, 0 updated.", applied.summary());
        assertEquals(PartnerType.TECHNOLOGY, as(admin, () -> partners.findByCode("orbit")).getType());

        ImportResult again = as(admin, () -> importer.importCsv(ProgramDataKind.PARTNERS, csv(
                "code,name,type,region,joined_on,time_zone,owner",
                "NOVA,Nova Labs,reseller,EMEA,2025-02-01,Europe/Berlin,max",
                "orbit,Orbit Integrations,technology,,2024-06-30,,")));
        assertEquals("Imported 2 partners: 0 new, 1 updated, 1 unchanged.", again.summary());
        assertEquals(2, as(admin, () -> partners.count(null, false, false)), "keyed by code, never duplicated");
        assertEquals(List.of("changed orbit", "created orbit", "created nova"),
                as(admin, () -> audit.page(AuditFilter.ALL, 0, 10)).stream()
                        .map(e -> e.getAction() + " " + e.getSubjectKey()).toList());

        Caller integration = new Caller("acme-sync", two.vendor(), null, Set.of(Role.VENDOR_INTEGRATION));
        assertEquals(1, as(integration, () -> importer.importRows(ProgramDataKind.PARTNERS,
                List.of(row(1, "vega", "Vega", "oem", "2025-03-01", "")))).created(), "the vendor's integration too");
    }

    @Test
    void anotherVendorAndPartnerUsersPartnerManagersAndExecutivesCannotTouchPartnersOrReadTheTrail() {
        Partner created = as(admin, () -> registry.create(nova("Nova Labs", null)));
        long version = as(admin, () -> partners.findByCode("nova")).getVersion();
        Caller other = two.otherAdmin();
        assertThrows(NotFoundException.class, () -> as(other, () -> registry.change(created.getId(), version,
                nova("Taken over", null))));
        assertThrows(NotFoundException.class, () -> as(other, () -> registry.archive(created.getId(), version)));
        assertEquals(0, as(other, () -> audit.count(AuditFilter.ALL)), "another vendor's trail is empty");
        as(other, () -> registry.create(nova("Other vendor's Nova", null)));
        assertEquals("Nova Labs", as(admin, () -> partners.findByCode("nova")).getName(),
                "the same code at another vendor is its own partner");

        for (Caller caller : List.of(two.partnerUser("pia", "nova", Role.PARTNER_ADMIN),
                two.partnerUser("sam", "nova", Role.PARTNER_USER), two.staff("max", Role.PARTNER_MANAGER),
                two.staff("eve", Role.EXECUTIVE))) {
            assertThrows(AccessDeniedException.class, () -> as(caller, () -> registry.create(
                    new PartnerDetails("mine", "Mine", PartnerType.OEM, null, LocalDate.of(2025, 1, 1), null, null))),
                    caller.name());
            assertThrows(AccessDeniedException.class, () -> as(caller, () -> registry.change(created.getId(), version,
                    nova("Renamed", null))), caller.name());
            assertThrows(AccessDeniedException.class, () -> as(caller, () -> registry.archive(created.getId(), version)),
                    caller.name());
            assertThrows(AccessDeniedException.class, () -> as(caller, () -> audit.page(AuditFilter.ALL, 0, 10)),
                    caller.name());
            assertThrows(AccessDeniedException.class, () -> as(caller, () -> importer.importRows(
                    ProgramDataKind.PARTNERS, List.of(row(1, "mine", "Mine", "oem", "2025-03-01", "")))), caller.name());
        }
        Partner after = as(admin, () -> partners.findByCode("nova"));
        assertEquals("Nova Labs", after.getName());
        assertEquals(version, after.getVersion(), "nothing changed");
        assertFalse(after.isArchived());
        assertEquals(1, as(admin, () -> partners.count(null, false, false)));
        assertEquals(1, as(admin, () -> audit.count(AuditFilter.ALL)));
    }

    private static IncomingRow row(long line, String code, String name, String type, String joinedOn, String zone) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("name", name);
        values.put("type", type);
        values.put("joined_on", joinedOn);
        values.put("time_zone", zone);
        return new IncomingRow(line, values);
    }

    private static ByteArrayInputStream csv(String... lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
