package com.partnerqbr.portal.plan.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The vague-commitment rules on a table of examples. The QBR is on 2026-10-08 and plans 2026-Q4. */
class CommitmentRulesTest {

    private static final LocalDate QBR_DAY = LocalDate.of(2026, 10, 8);
    private static final Quarter Q4 = Quarter.parse("2026-Q4");

    @ParameterizedTest(name = "owner \"{0}\" e-mail \"{1}\" user \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Priya Nair       | priya@brightpath.example | -     | ok",
            "Max Weber        | -                        | max   | ok",
            "Paula            | -                        | paula | ok",
            "Sales team       | sales@brightpath.example | -     | not a person",
            "TBD              | -                        | -     | not a person",
            "tbd              | x@y.example              | -     | not a person",
            "us               | -                        | max   | not a person",
            "We               | -                        | -     | not a person",
            "nobody           | -                        | -     | not a person",
            "Everyone         | a@b.example              | -     | not a person",
            "Marketing dept.  | m@b.example              | -     | not a person",
            "N/A              | -                        | -     | not a person",
            "Priya Nair       | -                        | -     | no way to reach",
            "Priya Nair       | priya at brightpath      | -     | no way to reach",
            "''               | -                        | max   | no name",
    })
    void ownerIsAPersonOfThatSideOrANamedContact(String name, String email, String user, String expected) {
        Optional<String> problem = CommitmentRules.ownerProblem(name, email, user);
        switch (expected) {
            case "ok" -> assertEquals(Optional.empty(), problem);
            case "not a person" -> assertEquals(Optional.of("\"" + name.strip() + "\" is not a person: name one owner"
                    + " (a portal user of that side, or a contact with an e-mail), not a team or a placeholder."), problem);
            case "no way to reach" -> assertEquals(Optional.of("\"Priya Nair\" needs a way to reach them: choose a"
                    + " portal user of that side or give the contact's e-mail."), problem);
            default -> assertEquals(Optional.of("Name the person who owns this commitment."), problem);
        }
    }

    /**
     * Brightpath's people: at the QBR two portal users (one with an e-mail too) and a contact; in the
     * portal's directory two more users, known by user name (and one by e-mail).
     */
    private static final List<CommitmentRules.SidePerson> PARTNER_PEOPLE = List.of(
            new CommitmentRules.SidePerson("Paula Park", "paula", "paula@brightpath.example"),
            new CommitmentRules.SidePerson("Sam Stone", "sam", null),
            new CommitmentRules.SidePerson("Priya Nair", null, "priya@brightpath.example"),
            new CommitmentRules.SidePerson(null, "pete", "pete@brightpath.example"),
            new CommitmentRules.SidePerson(null, "rita", null));
    private static final String NOT_AMONG = " is not among the partner's people (its attendees of the QBR and its"
            + " people in the portal); ";
    private static final String WHO_MAY = "the owner may be Paula Park (paula), Sam Stone (sam),"
            + " Priya Nair (priya@brightpath.example), pete, rita.";

    @ParameterizedTest(name = "owner \"{0}\" e-mail \"{1}\" user \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Paula Park  | -                           | paula  | ok",
            "Paula       | -                           | PAULA  | ok",
            "Sam Stone   | -                           | sam    | ok",
            "Paula Park  | paula@brightpath.example    | -      | ok",
            "Priya Nair  | Priya@Brightpath.example    | -      | ok",
            "Priya Nair  | priya@brightpath.example    | ''     | ok",
            "Pete Pauls  | -                           | Pete   | ok",
            "Pete Pauls  | pete@brightpath.example     | -      | ok",
            "Rita Ruiz   | -                           | rita   | ok",
            "Rita Ruiz   | rita@brightpath.example     | -      | not among: rita@brightpath.example",
            "Max Miller  | -                           | max    | not among: max",
            "Priya Nair  | priya.nair@gmail.example    | -      | not among: priya.nair@gmail.example",
            "Sam Stone   | sam@brightpath.example      | -      | not among: sam@brightpath.example",
            "Omar Haddad | -                           | omar   | not among: omar",
    })
    void theOwnerIsOneOfThatSidesPeopleAtTheQbrOrInThePortalAndARefusalSaysWhoMayOwnIt(String name, String email,
                                                                                      String user, String expected) {
        Optional<String> problem = CommitmentRules.ownerAmongProblem(name, email, user, Side.PARTNER, PARTNER_PEOPLE);
        if (expected.equals("ok")) {
            assertEquals(Optional.empty(), problem);
        } else {
            assertEquals(Optional.of("\"" + name + "\" (" + expected.substring("not among: ".length()) + ")"
                    + NOT_AMONG + WHO_MAY), problem);
        }
    }

    @Test
    void withNobodyOfThatSideAtTheQbrOrInThePortalNobodyMayOwnItsCommitmentsAndTheRefusalSaysWhatToDo() {
        assertEquals(Optional.of("Nobody of the vendor's side is among the QBR's attendees or the portal's people yet,"
                + " so nobody can own the vendor's commitments: add the vendor's attendees to the QBR first."),
                CommitmentRules.ownerAmongProblem("Max Miller", null, "max", Side.VENDOR, List.of()));
    }

    /** The vendor's staff in the directory are accepted but not named to the partner's people; a long list is cut. */
    @Test
    void aRefusalNamesOnlyPeopleTheCallerMaySeeAndAtMostTenOfThem() {
        List<CommitmentRules.SidePerson> vendor = List.of(
                new CommitmentRules.SidePerson("Max Miller", "max", null),
                new CommitmentRules.SidePerson(null, "ada", "ada@acme.example", false),
                new CommitmentRules.SidePerson(null, "eve", null, false));
        assertEquals(Optional.empty(), CommitmentRules.ownerAmongProblem("Ada", null, "ada", Side.VENDOR, vendor),
                "accepted though not named");
        assertEquals(Optional.of("\"Jo Doe\" (jo) is not among the vendor's people (its attendees of the QBR and its"
                + " people in the portal); the owner may be Max Miller (max), or one of 2 more of the vendor's people in"
                + " the portal."), CommitmentRules.ownerAmongProblem("Jo Doe", null, "jo", Side.VENDOR, vendor));
        assertEquals(Optional.of("\"Jo Doe\" (jo) is not among the vendor's people (its attendees of the QBR and its"
                + " people in the portal); the owner may be one of the vendor's people in the portal."),
                CommitmentRules.ownerAmongProblem("Jo Doe", null, "jo", Side.VENDOR, vendor.subList(1, 3)));
        assertEquals(Optional.of("\"Jo Doe\" (jo) is not among the vendor's people (its attendees of the QBR and its"
                + " people in the portal); the owner may be Max Miller (max), or one more of the vendor's people in the"
                + " portal."), CommitmentRules.ownerAmongProblem("Jo Doe", null, "jo", Side.VENDOR, vendor.subList(0, 2)));
        List<CommitmentRules.SidePerson> many = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new CommitmentRules.SidePerson(null, "seller" + i, null)).toList();
        assertEquals(Optional.of("\"Jo Doe\" (jo) is not among the partner's people (its attendees of the QBR and its"
                + " people in the portal); the owner may be seller1, seller2, seller3, seller4, seller5, seller6,"
                + " seller7, seller8, seller9, seller10, or one of 2 more of the partner's people in the portal."),
                CommitmentRules.ownerAmongProblem("Jo Doe", null, "jo", Side.PARTNER, many));
    }

    @Test
    void aPersonOfTheOtherSideDoesNotOwnThisSidesCommitmentAndATeamIsRefusedAsATeamNotAsAStranger() {
        CommitmentContent partnerByVendorUser = new CommitmentContent(Side.PARTNER, "Max Miller", null, "max",
                LocalDate.of(2026, 11, 30), "register 5 new deals in manufacturing", Cadence.MONTHLY, null);
        assertEquals(List.of("\"Max Miller\" (max)" + NOT_AMONG + WHO_MAY),
                CommitmentRules.problems(partnerByVendorUser, QBR_DAY, Q4, PARTNER_PEOPLE));
        CommitmentContent team = new CommitmentContent(Side.PARTNER, "Sales team", null, "paula",
                LocalDate.of(2026, 11, 30), "register 5 new deals in manufacturing", Cadence.MONTHLY, null);
        assertEquals(List.of("\"Sales team\" is not a person: name one owner (a portal user of that side, or a"
                + " contact with an e-mail), not a team or a placeholder."),
                CommitmentRules.problems(team, QBR_DAY, Q4, PARTNER_PEOPLE));
    }

    @ParameterizedTest(name = "due {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-09 | ",
            "2026-12-31 | ",
            "2026-11-15 | ",
            "2026-10-08 | The due date 2026-10-08 is not after the QBR (2026-10-08).",
            "2026-10-01 | The due date 2026-10-01 is not after the QBR (2026-10-08).",
            "2027-01-01 | The due date 2027-01-01 is outside the planned quarter 2026-Q4 (2026-10-01 to 2026-12-31).",
            "2026-09-30 | The due date 2026-09-30 is not after the QBR (2026-10-08).",
    })
    void dueDateIsAfterTheQbrAndWithinThePlannedQuarter(LocalDate due, String expected) {
        assertEquals(Optional.ofNullable(expected), CommitmentRules.dueDateProblem(due, QBR_DAY, Q4));
    }

    @Test
    void aDueDateOutsideAQuarterThatStartsAfterTheQbrIsRefusedByTheQuarter() {
        LocalDate earlyQbr = LocalDate.of(2026, 9, 20);
        assertEquals(Optional.of("The due date 2026-09-25 is outside the planned quarter 2026-Q4 (2026-10-01 to"
                + " 2026-12-31)."), CommitmentRules.dueDateProblem(LocalDate.of(2026, 9, 25), earlyQbr, Q4));
        assertEquals(Optional.of("Give a due date within 2026-Q4."), CommitmentRules.dueDateProblem(null, earlyQbr, Q4));
    }

    @ParameterizedTest(name = "\"{0}\" measurable: {1}")
    @CsvSource(delimiter = '|', value = {
            "register 5 new deals in manufacturing             | true",
            "Register five new deals in manufacturing          | true",
            "grow pipeline coverage to 3x                      | true",
            "$250,000 of sourced pipeline in healthcare        | true",
            "sign the reseller agreement for Germany           | true",
            "publish the joint case study with Northwind       | true",
            "hold a pipeline workshop with the Brightpath sellers | true",
            "certify two more solution engineers               | true",
            "focus more on manufacturing                       | false",
            "improve the relationship                          | false",
            "work on the pipeline                              | false",
            "better alignment between sales teams              | false",
            "explore healthcare opportunities                  | false",
            "publish more content                              | false",
            "support the partner as much as possible           | false",
            "pipeline                                          | false",
    })
    void anOutcomeHasANumberOrAThingThatIsDoneOrNot(String outcome, boolean measurable) {
        Optional<String> problem = CommitmentRules.outcomeProblem(outcome);
        if (measurable) {
            assertEquals(Optional.empty(), problem);
        } else {
            assertEquals(Optional.of("\"" + outcome + "\" has nothing to measure: give a number (\"register 5 new deals"
                    + " in manufacturing\") or a thing that is done or not (\"sign the reseller agreement\")."), problem);
        }
    }

    @Test
    void aCommitmentListsEachProblemOnce() {
        CommitmentContent vague = new CommitmentContent(Side.PARTNER, "Sales team", null, null, LocalDate.of(2027, 2, 1),
                "focus more on manufacturing", null, null);
        assertEquals(List.of(
                "\"Sales team\" is not a person: name one owner (a portal user of that side, or a contact with an"
                        + " e-mail), not a team or a placeholder.",
                "The due date 2027-02-01 is outside the planned quarter 2026-Q4 (2026-10-01 to 2026-12-31).",
                "\"focus more on manufacturing\" has nothing to measure: give a number (\"register 5 new deals in"
                        + " manufacturing\") or a thing that is done or not (\"sign the reseller agreement\").",
                "Choose a check-in cadence: every two weeks, monthly or at the next QBR."),
                CommitmentRules.problems(vague, QBR_DAY, Q4, PARTNER_PEOPLE));
        CommitmentContent good = new CommitmentContent(Side.PARTNER, "Priya Nair", "priya@brightpath.example", null,
                LocalDate.of(2026, 11, 30), "register 5 new deals in manufacturing", Cadence.MONTHLY, null);
        assertEquals(List.of(), CommitmentRules.problems(good, QBR_DAY, Q4, PARTNER_PEOPLE));
    }
}
