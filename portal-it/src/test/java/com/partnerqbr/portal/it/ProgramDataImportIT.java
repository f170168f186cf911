package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partnerqbr.portal.commission.Commission;
import com.partnerqbr.portal.cosell.CoSellActivity;
import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.enablement.EnablementRecord;
import com.partnerqbr.portal.integration.JointCustomer;
import com.partnerqbr.portal.program.intake.ImportProblem;
import com.partnerqbr.portal.program.intake.ImportResult;
import com.partnerqbr.portal.program.intake.IncomingRow;
import com.partnerqbr.portal.program.intake.ProgramDataImport;
import com.partnerqbr.portal.program.intake.ProgramDataKind;
import com.partnerqbr.portal.program.target.QuarterlyTarget;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The program data import inside the real Payara Server against the real MariaDB: all or
 * nothing, idempotent, confined to the caller's vendor, for vendor admins and the
 * vendor's integration only.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramDataImportIT {

    private static final String NORTH = "it-import-north";
    private static final String SOUTH = "it-import-south";
    private static final Caller NORTH_ADMIN = new Caller("nadia", NORTH, null, Set.of(Role.VENDOR_ADMIN));
    private static final Caller SOUTH_ADMIN = new Caller("sven", SOUTH, null, Set.of(Role.VENDOR_ADMIN));

    private static final String DEAL_HEADER = "external_id,partner_code,customer,amount,currency,origin,stage,"
            + "stage_entered_on,identified_on,registered_on,created_on,expected_close_on,closed_on,loss_reason,vertical";

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("import-it", ProgramDataImportIT.class, ImportProbe.class, ImportProbe.DealFacts.class);
    }

    @EJB
    private ProgramDataImport importer;

    @EJB
    private ImportProbe probe;

    @EJB
    private VendorDirectory vendors;

    /** Unique per test: external ids and partner codes start with it, so tests never see each other's rows. */
    private String tag;
    private String reseller;
    private String integrator;
    private String southPartner;

    @BeforeEach
    void twoVendorsWithPartners() {
        for (String vendor : List.of(NORTH, SOUTH)) {
            if (vendors.findByCode(vendor).isEmpty()) {
                vendors.register(vendor, "Vendor " + vendor);
            }
        }
        tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        reseller = tag + "-reseller";
        integrator = tag + "-integrator";
        southPartner = tag + "-south";
        as(NORTH_ADMIN, () -> {
            probe.createPartner(reseller, "Reseller " + tag);
            probe.createPartner(integrator, "Integrator " + tag);
        });
        as(SOUTH_ADMIN, () -> {
            probe.createPartner(southPartner, "South " + tag);
        });
    }

    @Test
    void aGoodFileImportsEveryRowWithItsValues() {
        ImportResult result = importDeals(NORTH_ADMIN,
                deal("D-1", reseller, "48000.50", "won", "2026-07-20", ""),
                deal("D-2", integrator, "12000", "lost", "2026-07-21", "competitive"),
                deal("D-3", reseller, "9999999999999.99", "propose", "", ""));

        assertEquals(List.of(), result.problems());
        assertEquals("Imported 3 deals: 3 new, 0 updated.", result.summary());
        assertEquals(3, as(NORTH_ADMIN, () -> probe.count(Deal.class, tag)));

        ImportProbe.DealFacts won = as(NORTH_ADMIN, () -> probe.deal(tag + "D-1"));
        assertEquals(reseller, won.partnerCode());
        assertEquals("Customer of " + tag + "D-1", won.customer());
        assertEquals(new BigDecimal("48000.50"), won.amount());
        assertEquals("USD", won.currency());
        assertEquals("WON", won.stage());
        assertEquals(LocalDate.of(2026, 7, 20), won.closedOn());
        assertNull(won.lossReason());

        ImportProbe.DealFacts lost = as(NORTH_ADMIN, () -> probe.deal(tag + "D-2"));
        assertEquals(integrator, lost.partnerCode());
        assertEquals(new BigDecimal("12000.00"), lost.amount());
        assertEquals("COMPETITIVE", lost.lossReason());

        ImportProbe.DealFacts open = as(NORTH_ADMIN, () -> probe.deal(tag + "D-3"));
        assertEquals(new BigDecimal("9999999999999.99"), open.amount());
        assertNull(open.closedOn());
    }

    @Test
    void theImportWritesInTheCallersTransaction() {
        ImportResult result = as(NORTH_ADMIN, () -> probe.importThenRollBack(ProgramDataKind.DEALS,
                csv(DEAL_HEADER, deal("D-1", reseller, "100", "qualify", "", ""),
                        deal("D-2", reseller, "200", "qualify", "", ""))));
        assertEquals("Imported 2 deals: 2 new, 0 updated.", result.summary());
        assertEquals(0, as(NORTH_ADMIN, () -> probe.count(Deal.class, tag)),
                "rolling back the caller's transaction takes every row back");
    }

    @Test
    void theSameFileAgainUpdatesAndNeverDuplicates() {
        String[] first = {
            deal("D-1", reseller, "1000", "qualify", "", ""),
            deal("D-2", reseller, "2000", "develop", "", ""),
            deal("D-3", integrator, "3000", "propose", "", "")};
        assertEquals("Imported 3 deals: 3 new, 0 updated.", importDeals(NORTH_ADMIN, first).summary());
        long versionBefore = as(NORTH_ADMIN, () -> probe.deal(tag + "D-1")).version();

        ImportResult again = importDeals(NORTH_ADMIN, first);
        assertEquals(List.of(0, 0, 3), List.of(again.created(), again.updated(), again.unchanged()));
        assertEquals("Imported 3 deals: 0 new, 0 updated, 3 unchanged.", again.summary());
        assertEquals(3, as(NORTH_ADMIN, () -> probe.count(Deal.class, tag)));
        assertEquals(versionBefore, as(NORTH_ADMIN, () -> probe.deal(tag + "D-1")).version(), "an unchanged row is not rewritten");

        ImportResult changed = importDeals(NORTH_ADMIN,
                deal("D-1", reseller, "1500", "qualify", "", ""),
                deal("D-2", integrator, "2000", "won", "2026-07-30", ""),
                deal("D-3", integrator, "3000", "propose", "", ""),
                deal("D-4", reseller, "4000", "qualify", "", ""));
        assertEquals("Imported 4 deals: 1 new, 2 updated, 1 unchanged.", changed.summary());
        assertEquals(4, as(NORTH_ADMIN, () -> probe.count(Deal.class, tag)));
        assertEquals(new BigDecimal("1500.00"), as(NORTH_ADMIN, () -> probe.deal(tag + "D-1")).amount());
        ImportProbe.DealFacts moved = as(NORTH_ADMIN, () -> probe.deal(tag + "D-2"));
        assertEquals(integrator, moved.partnerCode(), "a deal moves to the partner the source system names");
        assertEquals("WON", moved.stage());
        assertEquals(LocalDate.of(2026, 7, 30), moved.closedOn());
    }

    @Test
    void oneBadRowAmongGoodOnesImportsNothingAndEveryBadRowIsReported() {
        importDeals(NORTH_ADMIN, deal("D-1", reseller, "1000", "qualify", "", ""));

        ImportResult result = importDeals(NORTH_ADMIN,
                deal("D-1", reseller, "1111", "develop", "", ""),
                deal("D-2", reseller, "2000", "won", "", ""),
                deal("D-3", reseller, "3000", "qualify", "", ""),
                deal("D-4", "no-such-partner", "4000", "qualify", "", "").replace(",USD,", ",EUR,"),
                deal("D-5", reseller, "5000", "lost", "2026-07-31", ""),
                deal("D-3", integrator, "12.345", "qualify", "", ""));

        assertEquals(List.of(
                "line 3, closed_on: required for a won deal",
                "line 5, partner_code: unknown partner code 'no-such-partner'",
                "line 5, currency: 'EUR' is not the program currency USD: amounts are not converted, send them in USD",
                "line 6, loss_reason: required for a lost deal",
                "line 7, amount: '12.345' has more than 2 decimals",
                "line 7, external_id: external id " + tag + "D-3 appears again: first on line 4"),
                result.problems().stream().map(ImportProblem::toString).toList());
        assertEquals("Nothing was imported: 6 problems in 4 lines.", result.summary());
        assertEquals(1, as(NORTH_ADMIN, () -> probe.count(Deal.class, tag)), "no good row was inserted");
        ImportProbe.DealFacts untouched = as(NORTH_ADMIN, () -> probe.deal(tag + "D-1"));
        assertEquals(new BigDecimal("1000.00"), untouched.amount(), "no good row was applied as an update");
        assertEquals("QUALIFY", untouched.stage());
    }

    @Test
    void aVendorCannotImportForAnotherVendorsPartner() {
        as(SOUTH_ADMIN, () -> importer.importCsv(ProgramDataKind.DEALS,
                stream(csv(DEAL_HEADER, deal("D-1", southPartner, "700", "qualify", "", "")))));

        ImportResult foreign = importDeals(NORTH_ADMIN, deal("D-9", southPartner, "100", "qualify", "", ""));
        ImportResult unknown = importDeals(NORTH_ADMIN, deal("D-9", tag + "-made-up", "100", "qualify", "", ""));
        assertEquals(List.of("line 2, partner_code: unknown partner code '" + southPartner + "'"),
                foreign.problems().stream().map(ImportProblem::toString).toList());
        assertEquals(unknown.problems().get(0).message().replace(tag + "-made-up", southPartner),
                foreign.problems().get(0).message(), "another vendor's partner reads exactly like an unknown one");
        assertEquals(0, as(NORTH_ADMIN, () -> probe.count(Deal.class, tag)), "nothing written for the importer");
        assertEquals(1, as(SOUTH_ADMIN, () -> probe.count(Deal.class, tag)), "nothing written for the other vendor");

        ImportResult sameExternalId = importDeals(NORTH_ADMIN, deal("D-1", reseller, "100", "qualify", "", ""));
        assertEquals("Imported 1 deal: 1 new, 0 updated.", sameExternalId.summary(),
                "another vendor's external id is new for this vendor");
        assertEquals(new BigDecimal("700.00"), as(SOUTH_ADMIN, () -> probe.deal(tag + "D-1")).amount());
        assertEquals(southPartner, as(SOUTH_ADMIN, () -> probe.deal(tag + "D-1")).partnerCode());
        assertEquals(reseller, as(NORTH_ADMIN, () -> probe.deal(tag + "D-1")).partnerCode());
    }

    @Test
    void partnerUsersExecutivesAndPartnerManagersAreRefusedTheIntegrationIsNot() {
        String file = csv(DEAL_HEADER, deal("D-1", reseller, "100", "qualify", "", ""));
        for (Caller caller : List.of(
                new Caller("paula", NORTH, reseller, Set.of(Role.PARTNER_ADMIN)),
                new Caller("sam", NORTH, reseller, Set.of(Role.PARTNER_USER)),
                new Caller("erin", NORTH, null, Set.of(Role.EXECUTIVE)),
                new Caller("max", NORTH, null, Set.of(Role.PARTNER_MANAGER)))) {
            assertThrows(AccessDeniedException.class, () -> as(caller, () -> importer.importCsv(ProgramDataKind.DEALS,
                    stream(file))), caller.name());
            assertThrows(AccessDeniedException.class, () -> as(caller, () -> importer.importRows(ProgramDataKind.DEALS,
                    List.of())), caller.name());
        }
        assertEquals(0, as(NORTH_ADMIN, () -> probe.count(Deal.class, tag)));

        Caller integration = new Caller("service-account-portal-api", NORTH, null, Set.of(Role.VENDOR_INTEGRATION));
        assertEquals("Imported 1 deal: 1 new, 0 updated.",
                as(integration, () -> importer.importCsv(ProgramDataKind.DEALS, stream(file))).summary());
    }

    @Test
    void rowsFromAnApiRequestAreCheckedAndReportedByField() {
        Map<String, String> good = Map.of("external_id", tag + "C-1", "partner_code", reseller,
                "amount", "480.00", "currency", "USD", "earned_on", "2026-07-20");
        Map<String, String> bad = Map.of("external_id", tag + "C-2", "partner_code", reseller,
                "amount", "480.00", "currency", "USD", "earned_on", "20.07.2026", "paid", "yes");
        ImportResult refused = as(NORTH_ADMIN, () -> importer.importRows(ProgramDataKind.COMMISSIONS,
                List.of(new IncomingRow(1, good), new IncomingRow(2, bad))));
        assertEquals(Set.of(
                "line 2, paid: unknown column: commissions have external_id, partner_code, deal_external_id, amount,"
                        + " currency, earned_on",
                "line 2, earned_on: '20.07.2026' is not a date: write it as yyyy-MM-dd, e.g. 2026-07-31"),
                refused.problems().stream().map(ImportProblem::toString).collect(Collectors.toSet()));

        ImportResult applied = as(NORTH_ADMIN, () -> importer.importRows(ProgramDataKind.COMMISSIONS,
                List.of(new IncomingRow(1, good))));
        assertEquals("Imported 1 commission: 1 new, 0 updated.", applied.summary());
        assertEquals("480.00", as(NORTH_ADMIN, () -> probe.value(Commission.class, tag + "C-1", "r.amount")));
    }

    @Test
    void everyKindImportsAndReimportsFromAFile() {
        Map<ProgramDataKind, String> files = Map.of(
                ProgramDataKind.TARGETS, csv("partner_code,quarter,revenue_target,currency",
                        reseller + ",2026-Q3,250000,usd", integrator + ",2026-Q3,90000.5,USD"),
                ProgramDataKind.COMMISSIONS, csv("external_id,partner_code,deal_external_id,amount,currency,earned_on",
                        tag + "C-1," + reseller + ",D-1,4800.00,USD,2026-07-20"),
                ProgramDataKind.ENABLEMENT, csv("external_id,partner_code,person,course,certification,enrolled_on,completed_on",
                        tag + "E-1," + reseller + ",Dana Whitfield,Analytics Sales Professional,TRUE,2026-06-02,2026-06-30",
                        tag + "E-2," + reseller + ",Lee Park,Analytics Basics,,2026-06-10,"),
                ProgramDataKind.ACTIVITIES, csv("external_id,partner_code,kind,occurred_on,deal_external_id,note",
                        tag + "A-1," + integrator + ",Joint event,2026-07-08,,\"Booth, talk and dinner\""),
                ProgramDataKind.JOINT_CUSTOMERS, csv("external_id,partner_code,customer,signed_on,first_value_on,integration_live_on",
                        tag + "J-1," + integrator + ",Globodyne,2026-04-15,2026-05-20,2026-05-02"));
        for (Map.Entry<ProgramDataKind, String> file : files.entrySet()) {
            ImportResult first = as(NORTH_ADMIN, () -> importer.importCsv(file.getKey(), stream(file.getValue())));
            assertEquals(List.of(), first.problems(), file.getKey().code());
            assertEquals(file.getValue().lines().count() - 1, first.created(), file.getKey().code());
            ImportResult again = as(NORTH_ADMIN, () -> importer.importCsv(file.getKey(), stream(file.getValue())));
            assertEquals(first.created(), again.unchanged(), file.getKey().code() + " again: " + again.summary());
        }
        assertEquals("250000.00", as(NORTH_ADMIN, () -> probe.value(QuarterlyTarget.class, reseller + "/2026-Q3",
                "r.revenueTarget")));
        assertEquals("2026-Q3", as(NORTH_ADMIN, () -> probe.value(QuarterlyTarget.class, integrator + "/2026-Q3",
                "r.quarter")));
        assertEquals("true", as(NORTH_ADMIN, () -> probe.value(EnablementRecord.class, tag + "E-1", "r.certification")));
        assertEquals("false", as(NORTH_ADMIN, () -> probe.value(EnablementRecord.class, tag + "E-2", "r.certification")));
        assertEquals("JOINT_EVENT", as(NORTH_ADMIN, () -> probe.value(CoSellActivity.class, tag + "A-1", "r.kind")));
        assertEquals("Booth, talk and dinner", as(NORTH_ADMIN, () -> probe.value(CoSellActivity.class, tag + "A-1", "r.note")));
        assertEquals("2026-05-20", as(NORTH_ADMIN, () -> probe.value(JointCustomer.class, tag + "J-1", "r.firstValueOn")));
    }

    @Test
    void aPartnerHasOneTargetPerQuarterAcrossImports() {
        String stored = csv("external_id,partner_code,quarter,revenue_target,currency",
                tag + "T-Q3," + reseller + ",2026-Q3,1000,USD");
        assertEquals("Imported 1 quarterly target: 1 new, 0 updated.",
                as(NORTH_ADMIN, () -> importer.importCsv(ProgramDataKind.TARGETS, stream(stored))).summary());

        ImportResult second = as(NORTH_ADMIN, () -> importer.importCsv(ProgramDataKind.TARGETS, stream(csv(
                "external_id,partner_code,quarter,revenue_target,currency",
                tag + "T-Q4," + reseller + ",2026-Q4,2000,USD",
                tag + "T-OTHER," + reseller + ",2026-Q3,3000,USD"))));
        assertEquals(List.of("line 3, quarter: " + reseller + " already has a target for 2026-Q3 with external id "
                + tag + "T-Q3: use that id to change it"),
                second.problems().stream().map(ImportProblem::toString).toList());
        assertEquals(1, as(NORTH_ADMIN, () -> probe.count(QuarterlyTarget.class, tag)));
        assertEquals("1000.00", as(NORTH_ADMIN, () -> probe.value(QuarterlyTarget.class, tag + "T-Q3", "r.revenueTarget")));
    }

    /** A benchmark, not a timed test: prints how long twenty thousand deals take, asserts what they did. */
    @Test
    void twentyThousandDealsInOneFile() {
        String[] rows = IntStream.rangeClosed(1, 20_000)
                .mapToObj(i -> deal("B-" + i, i % 2 == 0 ? reseller : integrator, i + ".25", "develop", "", ""))
                .toArray(String[]::new);
        long started = System.nanoTime();
        ImportResult created = importDeals(NORTH_ADMIN, rows);
        long createdMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        ImportResult again = importDeals(NORTH_ADMIN, rows);
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Import benchmark: 20000 new deals in %d ms, the same file again (unchanged) in %d ms%n",
                createdMillis, againMillis);
        assertEquals("Imported 20000 deals: 20000 new, 0 updated.", created.summary());
        assertEquals(20_000, again.unchanged());
        assertEquals(20_000, as(NORTH_ADMIN, () -> probe.count(Deal.class, tag)));
        assertEquals(new BigDecimal("19999.25"), as(NORTH_ADMIN, () -> probe.deal(tag + "B-19999")).amount());
    }

    // --- helpers

    /** One deal line; external ids get the test's tag in front. */
    private String deal(String id, String partner, String amount, String stage, String closedOn, String lossReason) {
        return String.join(",", tag + id, partner, "Customer of " + tag + id, amount, "USD", "sourced", stage,
                "2026-05-10", "2026-05-04", "2026-05-06", "2026-05-06", "2026-08-31", closedOn, lossReason,
                "Manufacturing");
    }

    private ImportResult importDeals(Caller caller, String... rows) {
        return as(caller, () -> importer.importCsv(ProgramDataKind.DEALS, stream(csv(DEAL_HEADER, rows))));
    }

    private static String csv(String header, String... rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
