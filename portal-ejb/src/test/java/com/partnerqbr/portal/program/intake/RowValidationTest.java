package com.partnerqbr.portal.program.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.cosell.CoSellKind;
import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.PartnerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The row rules of every kind, with the exact messages a vendor admin reads. */
class RowValidationTest {

    private static final ImportContext ACME = new ImportContext("USD", Set.of("brightpath", "orbit-integrations"));

    private static final Map<String, String> GOOD_DEAL = Map.ofEntries(
            Map.entry("external_id", "D-1001"), Map.entry("partner_code", "brightpath"),
            Map.entry("customer", "Initech"), Map.entry("amount", "48000.50"), Map.entry("currency", "USD"),
            Map.entry("origin", "sourced"), Map.entry("stage", "propose"),
            Map.entry("stage_entered_on", "2026-07-01"), Map.entry("identified_on", "2026-05-04"),
            Map.entry("registered_on", "2026-05-06"), Map.entry("created_on", "2026-05-06"),
            Map.entry("expected_close_on", "2026-08-31"), Map.entry("closed_on", ""), Map.entry("loss_reason", ""),
            Map.entry("vertical", "Manufacturing"));

    @Test
    void aGoodDealIsReadWithItsTypedValues() {
        RowValidation.Checked<DealRules.DealRow> checked = deals(deal(2));
        assertEquals(List.of(), checked.problems());
        DealRules.DealRow deal = checked.rows().get(0);
        assertEquals(2, deal.line());
        assertEquals("D-1001", deal.externalId());
        assertEquals("brightpath", deal.partnerCode());
        assertEquals(new BigDecimal("48000.50"), deal.amount());
        assertEquals(DealOrigin.SOURCED, deal.origin());
        assertEquals(DealStage.PROPOSE, deal.stage());
        assertEquals(LocalDate.of(2026, 5, 4), deal.identifiedOn());
        assertEquals(LocalDate.of(2026, 8, 31), deal.expectedCloseOn());
        assertEquals(null, deal.closedOn());
        assertEquals(null, deal.lossReason());
        assertEquals("Manufacturing", deal.vertical());
    }

    @Test
    void everyMissingRequiredValueIsReported() {
        Map<String, String> empty = new LinkedHashMap<>();
        GOOD_DEAL.keySet().forEach(column -> empty.put(column, "  "));
        assertEquals(List.of(
                        "line 7, external_id: required",
                        "line 7, partner_code: required",
                        "line 7, customer: required",
                        "line 7, amount: required",
                        "line 7, currency: required",
                        "line 7, origin: required",
                        "line 7, stage: required",
                        "line 7, stage_entered_on: required",
                        "line 7, identified_on: required",
                        "line 7, created_on: required"),
                problems(deals(new IncomingRow(7, empty))));
    }

    @Test
    void malformedValuesAreReportedWithWhatIsExpected() {
        IncomingRow row = deal(3, "external_id", "D 1001", "customer", "x".repeat(201), "amount", "48,000.50",
                "currency", "EUR", "origin", "referral", "stage", "closed", "identified_on", "2026/05/04",
                "registered_on", "2026-02-30", "vertical", "y".repeat(81));
        assertEquals(List.of(
                        "line 3, external_id: 'D 1001' is not a valid id: use up to 64 letters, digits and . _ : / -,"
                                + " starting with a letter or digit",
                        "line 3, customer: longer than 200 characters",
                        "line 3, amount: '48,000.50' is not a number: write it with '.' as decimal point and no"
                                + " thousands separator, e.g. 12500.50",
                        "line 3, currency: 'EUR' is not the program currency USD: amounts are not converted,"
                                + " send them in USD",
                        "line 3, origin: 'referral' is not one of sourced, influenced",
                        "line 3, stage: 'closed' is not one of qualify, develop, propose, negotiate, won, lost",
                        "line 3, identified_on: '2026/05/04' is not a date: write it as yyyy-MM-dd, e.g. 2026-07-31",
                        "line 3, registered_on: '2026-02-30' is not a date: write it as yyyy-MM-dd, e.g. 2026-07-31",
                        "line 3, vertical: longer than 80 characters"),
                problems(deals(row)));
    }

    @Test
    void amountsArePositiveBelowTenToTheThirteenWithAtMostTwoDecimals() {
        assertEquals(List.of("line 2, amount: must be greater than 0"), problems(deals(deal(2, "amount", "0"))));
        assertEquals(List.of("line 2, amount: must be greater than 0"), problems(deals(deal(2, "amount", "-5"))));
        assertEquals(List.of("line 2, amount: must be less than 10000000000000"),
                problems(deals(deal(2, "amount", "10000000000000"))));
        assertEquals(List.of("line 2, amount: '12.345' has more than 2 decimals"),
                problems(deals(deal(2, "amount", "12.345"))));
        assertEquals(List.of("line 2, amount: '1e5' is not a number: write it with '.' as decimal point and no"
                + " thousands separator, e.g. 12500.50"), problems(deals(deal(2, "amount", "1e5"))));
        assertEquals(new BigDecimal("9999999999999.99"),
                deals(deal(2, "amount", "9999999999999.99")).rows().get(0).amount());
        assertEquals(new BigDecimal("12.30"), deals(deal(2, "amount", "12.300")).rows().get(0).amount());
    }

    @Test
    void anAmountOfAMillionDigitsIsRefusedByItsLengthAndQuotedShort() {
        String huge = "1" + "0".repeat(1_000_000);
        assertEquals(List.of("line 2, amount: '1000000000000000000000000000000000000000...' (1000001 characters)"
                        + " has too many digits: amounts are less than 10000000000000, with at most 2 decimals"),
                problems(deals(deal(2, "amount", huge))));
        assertEquals(List.of("line 2, amount: must be less than 10000000000000"),
                problems(deals(deal(2, "amount", "0".repeat(18) + "10000000000000"))),
                "32 characters are still read as a number");
    }

    @Test
    void longValuesAreQuotedByTheirFirstFortyCharacters() {
        String id = "D ".repeat(50_000);
        assertEquals(List.of("line 2, external_id: '" + "D ".repeat(20) + "...' (100000 characters) is not a valid id:"
                        + " use up to 64 letters, digits and . _ : / -, starting with a letter or digit"),
                problems(deals(deal(2, "external_id", id.strip() + "x"))));
    }

    @Test
    void datesAndQuartersOutsideThePlausibleRangeAreRefused() {
        assertEquals(List.of("line 2, identified_on: 0000-01-01 is outside the dates the program takes,"
                        + " 2000-01-01 to 2099-12-31"),
                problems(deals(deal(2, "identified_on", "0000-01-01"))));
        assertEquals(List.of("line 2, expected_close_on: 2100-01-01 is outside the dates the program takes,"
                        + " 2000-01-01 to 2099-12-31"),
                problems(deals(deal(2, "expected_close_on", "2100-01-01"))));
        assertEquals(List.of("line 2, quarter: 1999-Q4 is outside the dates the program takes,"
                        + " 2000-01-01 to 2099-12-31"),
                problems(targets(target(2, "1999-Q4", "T-1"))));
        assertEquals(List.of(), problems(deals(deal(2, "identified_on", "2000-01-01", "registered_on", "2000-01-02",
                "created_on", "2000-01-01", "stage_entered_on", "2000-01-01", "expected_close_on", "2099-12-31"))));
        assertEquals(List.of(), problems(targets(target(2, "2099-Q4", "T-1"))));
    }

    @Test
    void choicesAndCurrencyIgnoreLetterCase() {
        DealRules.DealRow deal = deals(deal(2, "stage", "Lost", "origin", "INFLUENCED", "loss_reason", "Product gap",
                "closed_on", "2026-07-20", "currency", "usd", "partner_code", "Brightpath")).rows().get(0);
        assertEquals(DealStage.LOST, deal.stage());
        assertEquals(DealOrigin.INFLUENCED, deal.origin());
        assertEquals(LossReason.PRODUCT_GAP, deal.lossReason());
        assertEquals("USD", deal.currency());
        assertEquals("brightpath", deal.partnerCode());
    }

    @Test
    void anotherVendorsPartnerCodeReadsExactlyLikeAnUnknownOne() {
        assertEquals(List.of("line 2, partner_code: unknown partner code 'summit-resellers'"),
                problems(deals(deal(2, "partner_code", "summit-resellers"))));
        assertEquals(List.of("line 2, partner_code: unknown partner code 'no-such-partner'"),
                problems(deals(deal(2, "partner_code", "no-such-partner"))));
    }

    @Test
    void aClosedDealNeedsItsCloseDateAndALostOneItsReason() {
        assertEquals(List.of("line 2, closed_on: required for a won deal"), problems(deals(deal(2, "stage", "won"))));
        assertEquals(List.of("line 2, closed_on: required for a lost deal", "line 2, loss_reason: required for a lost deal"),
                problems(deals(deal(2, "stage", "lost"))));
        assertEquals(List.of("line 2, closed_on: must be empty for an open deal (stage negotiate)"),
                problems(deals(deal(2, "stage", "negotiate", "closed_on", "2026-07-20"))));
        assertEquals(List.of("line 2, loss_reason: must be empty unless the deal is lost (stage won)"),
                problems(deals(deal(2, "stage", "won", "closed_on", "2026-07-20", "loss_reason", "competitive"))));
        assertEquals(List.of(), problems(deals(deal(2, "stage", "won", "closed_on", "2026-07-20"))));
    }

    @Test
    void aMalformedCloseDateIsReportedOnceNotAsMissing() {
        assertEquals(List.of("line 2, closed_on: 'July 20' is not a date: write it as yyyy-MM-dd, e.g. 2026-07-31"),
                problems(deals(deal(2, "stage", "won", "closed_on", "July 20"))));
    }

    @Test
    void dealDatesFollowEachOther() {
        assertEquals(List.of("line 2, registered_on: 2026-05-03 is before identified_on 2026-05-04"),
                problems(deals(deal(2, "registered_on", "2026-05-03"))));
        assertEquals(List.of("line 2, stage_entered_on: 2026-05-05 is before created_on 2026-05-06"),
                problems(deals(deal(2, "stage_entered_on", "2026-05-05"))));
        assertEquals(List.of(), problems(deals(deal(2, "registered_on", "2026-05-04", "stage_entered_on", "2026-05-06"))));
    }

    @Test
    void anExternalIdTwiceInOneFileIsReportedOnTheLaterLines() {
        RowValidation.Checked<DealRules.DealRow> checked = deals(deal(2), deal(3, "external_id", "D-2"),
                deal(4, "external_id", "d-1001"), deal(5, "external_id", "D-2", "amount", "oops"));
        assertEquals(List.of(
                "line 4, external_id: external id d-1001 appears again: first on line 2",
                "line 5, amount: 'oops' is not a number: write it with '.' as decimal point and no thousands"
                        + " separator, e.g. 12500.50",
                "line 5, external_id: external id D-2 appears again: first on line 3"), problems(checked));
    }

    @Test
    void aColumnTheKindDoesNotHaveIsReported() {
        Map<String, String> values = new LinkedHashMap<>(GOOD_DEAL);
        values.put("probability", "40");
        assertEquals(List.of("line 1, probability: unknown column: deals have external_id, partner_code, customer,"
                        + " amount, currency, origin, stage, stage_entered_on, identified_on, registered_on, created_on,"
                        + " expected_close_on, closed_on, loss_reason, vertical"),
                problems(deals(new IncomingRow(1, values))));
    }

    @Test
    void columnNamesOfAnApiRowIgnoreLetterCase() {
        RowValidation.Checked<TargetRules.TargetRow> checked = targets(row(1, "Partner_Code", "brightpath",
                " QUARTER ", "2026-Q3", "revenue_target", "10", "Currency", "USD"));
        assertEquals(List.of(), checked.problems());
        assertEquals("brightpath/2026-Q3", checked.rows().get(0).externalId());
    }

    @Test
    void aTargetWithoutExternalIdIsKeyedByPartnerAndQuarter() {
        RowValidation.Checked<TargetRules.TargetRow> checked = targets(
                row(2, "partner_code", "brightpath", "quarter", "2026-q3", "revenue_target", "250000", "currency", "USD"),
                row(3, "external_id", "T-9", "partner_code", "orbit-integrations", "quarter", "2026-Q4",
                        "revenue_target", "1000.5", "currency", "USD"));
        assertEquals(List.of(), checked.problems());
        assertEquals("brightpath/2026-Q3", checked.rows().get(0).externalId());
        assertEquals(new Quarter(2026, 3), checked.rows().get(0).quarter());
        assertEquals(new BigDecimal("250000.00"), checked.rows().get(0).revenueTarget());
        assertEquals("T-9", checked.rows().get(1).externalId());
    }

    @Test
    void aTargetNeedsAQuarterAndOnlyOnePerPartnerAndQuarter() {
        assertEquals(List.of("line 2, quarter: '2026-Q5' is not a quarter: write it like 2026-Q3",
                        "line 3, quarter: 'Q3 2026' is not a quarter: write it like 2026-Q3"),
                problems(targets(target(2, "2026-Q5", "T-1"), target(3, "Q3 2026", "T-2"))));
        assertEquals(List.of("line 4, quarter: a second target for brightpath in 2026-Q3: the first is on line 2"),
                problems(targets(target(2, "2026-Q3", "T-1"), target(3, "2026-Q4", "T-2"), target(4, "2026-Q3", "T-3"))));
        assertEquals(List.of("line 3, external_id: external id brightpath/2026-Q3 appears again: first on line 2"),
                problems(targets(target(2, "2026-Q3", ""), target(3, "2026-Q3", ""))));
    }

    @Test
    void aTargetMayNotTakeAPartnersQuarterThatAnotherStoredTargetHolds() {
        List<TargetRules.TargetRow> rows = targets(target(2, "2026-Q3", "T-NEW"), target(3, "2026-Q4", "T-MOVED"))
                .rows();
        List<TargetRules.StoredTarget> stored = List.of(
                new TargetRules.StoredTarget("T-OLD", "brightpath", new Quarter(2026, 3)),
                new TargetRules.StoredTarget("T-MOVED", "brightpath", new Quarter(2026, 2)),
                new TargetRules.StoredTarget("T-Q4", "orbit-integrations", new Quarter(2026, 4)));
        assertEquals(List.of("line 2, quarter: brightpath already has a target for 2026-Q3 with external id T-OLD:"
                        + " use that id to change it"),
                TargetRules.conflictsWithStored(rows, stored).stream().map(ImportProblem::toString).toList());
    }

    @Test
    void enablementIsCompletedAfterEnrolmentAndCertificationIsTrueOrFalse() {
        RowValidation.Checked<EnablementRules.EnablementRow> checked = check(ProgramDataKind.ENABLEMENT,
                row(2, "external_id", "E-1", "partner_code", "brightpath", "person", "Dana", "course", "Sales 101",
                        "certification", "yes", "enrolled_on", "2026-06-02", "completed_on", ""),
                row(3, "external_id", "E-2", "partner_code", "brightpath", "person", "Dana", "course", "Sales 101",
                        "certification", "maybe", "enrolled_on", "2026-06-02", "completed_on", "2026-06-01"),
                row(4, "external_id", "E-3", "partner_code", "brightpath", "person", "Lee", "course", "Sales 101",
                        "enrolled_on", "2026-06-02"));
        assertEquals(List.of("line 3, certification: 'maybe' is not true or false",
                "line 3, completed_on: 2026-06-01 is before enrolled_on 2026-06-02"), problems(checked));
        assertEquals(Boolean.TRUE, checked.rows().get(0).certification());
        assertEquals(Boolean.FALSE, checked.rows().get(1).certification(), "an absent certification column is false");
    }

    @Test
    void coSellActivitiesAndCommissionsAndJointCustomers() {
        RowValidation.Checked<CoSellActivityRules.ActivityRow> activities = check(ProgramDataKind.ACTIVITIES,
                row(2, "external_id", "A-1", "partner_code", "brightpath", "kind", "Joint call",
                        "occurred_on", "2026-07-08", "deal_external_id", "D-1001", "note", ""),
                row(3, "external_id", "A-2", "partner_code", "brightpath", "kind", "webinar",
                        "occurred_on", "2026-07-08", "deal_external_id", "D 1", "note", "n".repeat(501)));
        assertEquals(List.of("line 3, kind: 'webinar' is not one of joint_call, introduction, joint_event",
                "line 3, deal_external_id: 'D 1' is not a valid id: use up to 64 letters, digits and . _ : / -,"
                        + " starting with a letter or digit",
                "line 3, note: longer than 500 characters"), problems(activities));
        assertEquals(CoSellKind.JOINT_CALL, activities.rows().get(0).kind());
        assertEquals(null, activities.rows().get(0).note());

        assertEquals(List.of("line 2, currency: 'GBP' is not the program currency USD: amounts are not converted,"
                        + " send them in USD", "line 2, earned_on: required"),
                problems(check(ProgramDataKind.COMMISSIONS, row(2, "external_id", "C-1", "partner_code", "brightpath",
                        "amount", "10", "currency", "GBP"))));

        assertEquals(List.of("line 2, first_value_on: 2026-04-14 is before signed_on 2026-04-15"),
                problems(check(ProgramDataKind.JOINT_CUSTOMERS, row(2, "external_id", "J-1", "partner_code",
                        "orbit-integrations", "customer", "Globodyne", "signed_on", "2026-04-15",
                        "first_value_on", "2026-04-14"))));
    }

    @ParameterizedTest
    @EnumSource(ProgramDataKind.class)
    void theTemplatesExampleRowIsAGoodRow(ProgramDataKind kind) {
        Map<String, String> example = new LinkedHashMap<>();
        kind.columns().forEach(column -> example.put(column.name(), column.example()));
        RowValidation.Checked<?> checked = check(kind, new IncomingRow(2, example));
        assertEquals(List.of(), problems(checked));
        assertNotNull(checked.rows().get(0).externalId());
    }

    @ParameterizedTest
    @EnumSource(value = ProgramDataKind.class, mode = EnumSource.Mode.EXCLUDE, names = "PARTNERS")
    void everyKindOfFactNeedsAnExternalIdPatternAndAPartner(ProgramDataKind kind) {
        assertEquals("external_id", kind.columns().get(0).name());
        assertEquals("partner_code", kind.columns().get(1).name());
        assertTrue(kind.columns().stream().filter(Column::required).count() >= 2);
    }

    @Test
    void partnersAreKeyedByCodeAndCheckedByThePartnerFormsRules() {
        assertEquals("code", ProgramDataKind.PARTNERS.columns().get(0).name());
        RowValidation.Checked<PartnerRules.PartnerRow> good = check(ProgramDataKind.PARTNERS,
                row(2, "code", "Nova-Labs", "name", "Nova Labs", "type", "white-label", "joined_on", "2025-02-01",
                        "time_zone", "Europe/Berlin"));
        assertEquals(List.of(), problems(good));
        assertEquals("nova-labs", good.rows().get(0).details().code());
        assertEquals(PartnerType.WHITE_LABEL, good.rows().get(0).details().type());

        assertEquals(List.of("line 2, code: Code 'nova labs' is not valid: use 2 to 64 lower-case letters, digits and"
                        + " hyphens, starting with a letter or digit (e.g. brightpath).",
                        "line 3, type: 'shop' is not one of reseller, referral, implementation, technology, supplier,"
                        + " co_marketing, oem, white_label, joint_venture",
                        "line 3, joined_on: required",
                        "line 4, time_zone: Time zone 'Mars/Olympus' is not a time zone: use a name like Europe/Berlin"
                        + " or America/Chicago, or leave it empty for the program's zone.",
                        "line 5, code: code nova appears again: first on line 4",
                        "line 6, name: required"),
                problems(check(ProgramDataKind.PARTNERS,
                        row(2, "code", "nova labs", "name", "Nova", "type", "reseller", "joined_on", "2025-02-01"),
                        row(3, "code", "orbit", "name", "Orbit", "type", "shop"),
                        row(4, "code", "nova", "name", "Nova", "type", "oem", "joined_on", "2025-02-01",
                                "time_zone", "Mars/Olympus"),
                        row(5, "code", "NOVA", "name", "Nova again", "type", "oem", "joined_on", "2025-02-01"),
                        row(6, "code", "x1", "type", "oem", "joined_on", "2025-02-01"))));
    }

    // --- helpers

    private static IncomingRow row(long line, String... columnsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new IncomingRow(line, values);
    }

    /** The good deal, with some values replaced. */
    private static IncomingRow deal(long line, String... overrides) {
        Map<String, String> values = new LinkedHashMap<>(GOOD_DEAL);
        values.putAll(row(line, overrides).values());
        return new IncomingRow(line, values);
    }

    private static IncomingRow target(long line, String quarter, String externalId) {
        return row(line, "external_id", externalId, "partner_code", "brightpath", "quarter", quarter,
                "revenue_target", "1000", "currency", "USD");
    }

    private static RowValidation.Checked<DealRules.DealRow> deals(IncomingRow... rows) {
        return RowValidation.check(ProgramDataKind.DEALS, new DealRules(), Arrays.asList(rows), ACME);
    }

    private static RowValidation.Checked<TargetRules.TargetRow> targets(IncomingRow... rows) {
        return RowValidation.check(ProgramDataKind.TARGETS, new TargetRules(), Arrays.asList(rows), ACME);
    }

    @SuppressWarnings("unchecked")
    private static <R extends RowRules.CheckedRow> RowValidation.Checked<R> check(ProgramDataKind kind, IncomingRow... rows) {
        return RowValidation.check(kind, (RowRules<R>) kind.rules(), Arrays.asList(rows), ACME);
    }

    private static List<String> problems(RowValidation.Checked<?> checked) {
        return checked.problems().stream().map(ImportProblem::toString).toList();
    }
}
