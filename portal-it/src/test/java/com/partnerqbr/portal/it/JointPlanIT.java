package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.plan.BetContent;
import com.partnerqbr.portal.plan.JointPlanService;
import com.partnerqbr.portal.plan.JointPlanService.ItemChange;
import com.partnerqbr.portal.plan.PlanHistory;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.plan.PlanItemService;
import com.partnerqbr.portal.plan.PlanStatus;
import com.partnerqbr.portal.plan.PlanView;
import com.partnerqbr.portal.plan.PlanView.CommitmentLine;
import com.partnerqbr.portal.plan.StaleItemException;
import com.partnerqbr.portal.plan.commitment.BoardFilter;
import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CheckInService;
import com.partnerqbr.portal.plan.commitment.CommitmentBoard;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.plan.commitment.CommitmentRow;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.plan.grading.CarryForward;
import com.partnerqbr.portal.plan.grading.CarryForwardService;
import com.partnerqbr.portal.plan.grading.FollowThrough;
import com.partnerqbr.portal.plan.grading.GradeLevel;
import com.partnerqbr.portal.plan.grading.GradingService;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.plan.ProposalService;
import com.partnerqbr.portal.plan.ProposalService.ProposalView;
import com.partnerqbr.portal.plan.commitment.ChangeProposal;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.preread.PreReadService;
import com.partnerqbr.portal.review.preread.PreReadView;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The joint plan in the real server against the real database: both sides confirm, a change after
 * that is a new version while the confirmed one stays in force; concurrent edits of different items
 * both land, a second save of the same item is refused with both values; check-ins, flags, the
 * board and "My commitments"; grading by both sides with a disagreement, bet actuals from the
 * scorecard, carry-forward and follow-through; every access rule attacked from another vendor,
 * another partner and roles that only read.
 *
 * <p>Alpha's QBR of two quarters ago was held early last quarter and agreed a plan for last
 * quarter (all its due dates are past); its QBR of last quarter was held on the first day of this
 * quarter and agrees the plan for this quarter.
 */
@ExtendWith(ArquillianExtension.class)
class JointPlanIT {

    private static final Quarter CUR = ProgramCalendar.currentQuarter();
    private static final Quarter PREV = CUR.previous();
    private static final LocalDate PREV_QBR_DAY = PREV.firstDay().plusDays(6);
    private static final String NOT_AMONG_PARTNERS = " is not among the partner's people (its attendees of the QBR and"
            + " its people in the portal); ";

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("plan-it", JointPlanIT.class, ProgramDataProbe.class, QbrProbe.class);
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private QbrProbe qbrProbe;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private JointPlanService plans;

    @EJB
    private PlanItemService items;

    @EJB
    private CheckInService checkIns;

    @EJB
    private CommitmentBoard board;

    @EJB
    private GradingService grading;

    @EJB
    private CarryForwardService carryForward;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private PreReadService preReads;

    @EJB
    private QbrService qbrs;

    @EJB
    private PartnerService partners;

    @EJB
    private AttendeeService attendees;

    @EJB
    private ProposalService proposals;

    @EJB
    private PlanHistory history;

    @EJB
    private PeopleDirectory people;

    @EJB
    private ProgramClock clock;

    private Caller admin;
    private Caller manager;
    private Caller executive;
    private Caller otherAdmin;
    private Caller alphaAdmin;
    private Caller alphaUser;
    private Caller bravoAdmin;
    private long alpha;
    private long qbrOfPrevPrev;
    private long qbrOfPrev;

    @BeforeEach
    void program() {
        TwoVendors two = TwoVendors.register(vendors, "plan", "Plan vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        manager = two.staff("max", Role.PARTNER_MANAGER);
        executive = two.staff("eve", Role.EXECUTIVE);
        otherAdmin = two.otherAdmin();
        alphaAdmin = two.partnerUser("al", "alpha", Role.PARTNER_ADMIN);
        alphaUser = two.partnerUser("sam", "alpha", Role.PARTNER_USER);
        bravoAdmin = two.partnerUser("bo", "bravo", Role.PARTNER_ADMIN);
        alpha = as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        qbrOfPrevPrev = as(admin, () -> qbrProbe.pastQbr("alpha", PREV.previous(), PREV_QBR_DAY.atTime(14, 0), true));
        qbrOfPrev = as(admin, () -> qbrProbe.pastQbr("alpha", PREV, CUR.firstDay().atTime(0, 30), true));
        as(otherAdmin, () -> data.partner("alpha", PartnerType.RESELLER));
        // each side's people at both QBRs: who may own commitments
        for (long qbr : List.of(qbrOfPrevPrev, qbrOfPrev)) {
            as(admin, () -> attendees.add(qbr, Side.VENDOR, "Max Weber", null, "max", "Partner manager", true, false));
            as(admin, () -> attendees.add(qbr, Side.PARTNER, "Sam Lee", null, "sam", "Account executive", false,
                    false));
            as(admin, () -> attendees.add(qbr, Side.PARTNER, "Priya Nair", "priya.nair@example.com", null,
                    "Alliance manager", true, false));
        }
    }

    private static BetContent bet(String title, BigDecimal target) {
        return new BetContent(title, "It is where the partner wins", Metric.ATTRIBUTED_REVENUE, target,
                "Two joint pipeline reviews a month", "Three sellers certified");
    }

    private static CommitmentContent commitment(Side side, String owner, String user, LocalDate due, String outcome) {
        return new CommitmentContent(side, owner, user == null ? owner.toLowerCase().replace(' ', '.') + "@example.com"
                : null, user, due, outcome, Cadence.MONTHLY, null);
    }

    /** A plan for last quarter with one bet and three commitments, confirmed by both sides. */
    private PlanView planForPrev() {
        PlanView plan = as(manager, () -> plans.draft(qbrOfPrevPrev));
        as(manager, () -> items.addBet(plan.id(), bet("Manufacturing", new BigDecimal("50000"))));
        LocalDate due = PREV.firstDay().plusDays(40);
        as(manager, () -> items.addCommitment(plan.id(), commitment(Side.VENDOR, "Max Weber", "max", due,
                "hold 2 pipeline reviews with alpha's sellers")));
        as(alphaAdmin, () -> items.addCommitment(plan.id(), commitment(Side.PARTNER, "Sam Lee", "sam", due.plusDays(5),
                "register 5 new deals in manufacturing")));
        as(alphaAdmin, () -> items.addCommitment(plan.id(), commitment(Side.PARTNER, "Priya Nair", null, due.plusDays(9),
                "sign the reseller agreement for Germany")));
        confirmBoth(plan.id());
        return as(admin, () -> plans.view(plan.id()));
    }

    private void confirmBoth(long planId) {
        as(alphaAdmin, () -> plans.confirm(planId, as(alphaAdmin, () -> plans.view(planId)).version()));
        as(manager, () -> plans.confirm(planId, as(manager, () -> plans.view(planId)).version()));
    }

    @Test
    void bothSidesConfirmAndAChangeIsANewVersionWhileTheConfirmedStaysInForce() {
        PlanView draft = as(manager, () -> plans.draft(qbrOfPrev));
        assertEquals(CUR, draft.quarter());
        assertEquals(PlanStatus.DRAFT, draft.status());
        as(manager, () -> items.addBet(draft.id(), bet("Manufacturing", new BigDecimal("120000"))));
        as(alphaAdmin, () -> items.addBet(draft.id(), bet("Healthcare", new BigDecimal("40000"))));
        RefusedException third = assertThrows(RefusedException.class,
                () -> as(manager, () -> items.addBet(draft.id(), bet("Retail", BigDecimal.TEN))));
        assertEquals("A joint plan holds at most two bets: two real bets both sides commit to beat a list nobody owns."
                + " Drop or change one of the two before adding another.", third.getMessage());

        LocalDate due = CUR.lastDay();
        RefusedException vague = assertThrows(RefusedException.class, () -> as(alphaAdmin, () -> items.addCommitment(
                draft.id(), commitment(Side.PARTNER, "Sales team", null, due, "focus more on manufacturing"))));
        assertEquals("\"Sales team\" is not a person: name one owner (a portal user of that side, or a contact with an"
                + " e-mail), not a team or a placeholder. \"focus more on manufacturing\" has nothing to measure: give a"
                + " number (\"register 5 new deals in manufacturing\") or a thing that is done or not (\"sign the"
                + " reseller agreement\").", vague.getMessage());
        // an owner who is a person but not among that side's people: refused, saying who may own it
        RefusedException stranger = assertThrows(RefusedException.class, () -> as(alphaAdmin, () -> items.addCommitment(
                draft.id(), commitment(Side.PARTNER, "Jo Doe", null, due, "register 5 new deals in manufacturing"))));
        assertEquals("\"Jo Doe\" (jo.doe@example.com)" + NOT_AMONG_PARTNERS + "the owner may be"
                + " Priya Nair (priya.nair@example.com), Sam Lee (sam).", stranger.getMessage());
        RefusedException otherSide = assertThrows(RefusedException.class, () -> as(manager, () -> items.addCommitment(
                draft.id(), commitment(Side.PARTNER, "Max Weber", "max", due, "register 5 new deals in manufacturing"))));
        assertEquals("\"Max Weber\" (max)" + NOT_AMONG_PARTNERS + "the owner may be"
                + " Priya Nair (priya.nair@example.com), Sam Lee (sam).", otherSide.getMessage());
        assertEquals(0, as(manager, () -> plans.view(draft.id())).commitments().size(), "nothing was added");
        as(manager, () -> items.addCommitment(draft.id(), commitment(Side.VENDOR, "Max Weber", "max", due,
                "hold 2 pipeline reviews with alpha's sellers")));
        as(alphaAdmin, () -> items.addCommitment(draft.id(), commitment(Side.PARTNER, "Sam Lee", "sam", due,
                "register 5 new deals in manufacturing")));
        RefusedException tooFew = assertThrows(RefusedException.class,
                () -> as(manager, () -> plans.confirm(draft.id(), as(manager, () -> plans.view(draft.id())).version())));
        assertEquals("A plan has three to five commitments; this one has 2.", tooFew.getMessage());
        as(alphaAdmin, () -> items.addCommitment(draft.id(), commitment(Side.PARTNER, "Priya Nair", null, due,
                "sign the reseller agreement for Germany")));

        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> plans.confirm(draft.id(), 0)));
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> plans.confirm(draft.id(), 0)));
        PlanView byPartner = as(alphaAdmin, () -> plans.confirm(draft.id(), as(alphaAdmin,
                () -> plans.view(draft.id())).version()));
        assertEquals(PlanStatus.CONFIRMED_BY_PARTNER, byPartner.status());
        assertEquals("al", byPartner.partnerConfirmedBy());
        PlanView inForce = as(manager, () -> plans.confirm(draft.id(), byPartner.version()));
        assertEquals(PlanStatus.IN_FORCE, inForce.status());
        assertEquals("max", inForce.vendorConfirmedBy());

        CommitmentLine sams = inForce.commitments().get(1);
        RefusedException inPlace = assertThrows(RefusedException.class, () -> as(alphaAdmin,
                () -> items.editCommitment(sams.id(), sams.version(), sams.content())));
        assertEquals("Version 1 is in force and is never changed in place; draft a new version to change it.",
                inPlace.getMessage());

        PlanView change = as(alphaAdmin, () -> plans.draftNewVersion(inForce.id()));
        assertEquals(2, change.number());
        assertEquals(PlanStatus.DRAFT, change.status());
        CommitmentLine samsCopy = change.commitments().get(1);
        assertEquals(sams.itemKey(), samsCopy.itemKey());
        CommitmentContent more = commitment(Side.PARTNER, "Sam Lee", "sam", due, "register 8 new deals in manufacturing");
        as(alphaAdmin, () -> items.editCommitment(samsCopy.id(), samsCopy.version(), more));
        assertEquals(PlanStatus.IN_FORCE, as(admin, () -> plans.view(inForce.id())).status(),
                "the confirmed version stays in force while the change waits");

        List<ItemChange> diff = as(manager, () -> plans.diff(change.id()));
        assertEquals(1, diff.size());
        ItemChange changed = diff.get(0);
        assertEquals("changed al", changed.change() + " " + changed.by());
        assertTrue(changed.before().startsWith("Partner: register 5 new deals in manufacturing | owner Sam Lee (sam)"),
                changed.before());
        assertTrue(changed.after().startsWith("Partner: register 8 new deals in manufacturing | owner Sam Lee (sam)"),
                changed.after());

        confirmBoth(change.id());
        assertEquals(List.of("2 IN_FORCE", "1 SUPERSEDED"), as(alphaUser, () -> plans.ofPartner(alpha)).stream()
                .map(p -> p.number() + " " + p.status()).toList());
        // the board lists the commitments of version 2 alone (the commitments know their version's status)
        assertEquals(List.of("hold 2 pipeline reviews with alpha's sellers", "register 8 new deals in manufacturing",
                "sign the reseller agreement for Germany"), as(manager, () -> board.page(BoardFilter.NONE, 0, 10))
                .stream().map(CommitmentRow::outcome).sorted().toList());
        assertEquals(3, as(manager, () -> board.count(BoardFilter.NONE)));
        assertEquals(3, as(manager, () -> board.count(new BoardFilter(null, null, alpha, null, null, false))));
    }

    /**
     * The plan's history, newest first, to both sides (who, when, which plan version, item, before and after);
     * another vendor and another partner get "not found".
     */
    @Test
    void bothSidesReadThePlansHistoryAndAnotherVendorOrPartnerGetsNotFound() {
        PlanView prev = planForPrev();
        CommitmentLine sams = prev.commitments().get(1);
        as(alphaUser, () -> checkIns.checkIn(sams.id(), "3 deals registered", CommitmentStatus.AT_RISK, null, null,
                null));
        for (Caller reader : List.of(manager, executive, alphaAdmin, alphaUser)) {
            List<PlanHistory.Entry> page = as(reader, () -> history.page(alpha, 0, 3));
            assertEquals(3, page.size(), reader.name());
            PlanHistory.Entry newest = page.get(0);
            assertEquals("sam " + PREV + " v1 " + "Commitment " + sams.itemKey(), newest.by() + " " + newest.quarter()
                    + " v" + newest.planNumber() + " " + newest.item(), reader.name());
            assertTrue(newest.what().startsWith("checked in"), newest.what());
            assertEquals("max Plan confirmed version 1 for the vendor In force", page.get(1).by() + " "
                    + page.get(1).item() + " " + page.get(1).what() + " " + page.get(1).after());
            assertTrue(!newest.at().isBefore(page.get(1).at()), "newest first");
            long all = as(reader, () -> history.count(alpha));
            assertEquals(all, as(reader, () -> history.page(alpha, 0, 100)).size());
            PlanHistory.Entry oldest = as(reader, () -> history.page(alpha, (int) all - 1, 5)).get(0);
            assertEquals("max drafted version 1 for " + PREV, oldest.by() + " " + oldest.what(), "the oldest");
        }
        for (Caller outsider : List.of(otherAdmin, bravoAdmin)) {
            assertThrows(NotFoundException.class, () -> as(outsider, () -> history.page(alpha, 0, 10)));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> history.count(alpha)));
        }
    }

    /**
     * An owner may be one of that side's people in the portal's directory too (the vendor's staff, the partner's
     * users), not only an attendee of the QBR; a refusal names them, but the vendor's staff only to the vendor.
     */
    @Test
    void anOwnerFromThatSidesPeopleInThePortalIsAcceptedAndARefusalNamesThem() {
        String vendor = manager.vendorCode();
        as(new Caller("pete", vendor, "alpha", java.util.Set.of(Role.PARTNER_USER), "pete@alpha.example"),
                () -> people.signedIn());
        as(new Caller("nina", vendor, null, java.util.Set.of(Role.PARTNER_MANAGER), "nina@plan.example"),
                () -> people.signedIn());
        as(new Caller("bea", vendor, "bravo", java.util.Set.of(Role.PARTNER_USER), "bea@bravo.example"),
                () -> people.signedIn());
        as(new Caller("olga", otherAdmin.vendorCode(), "alpha", java.util.Set.of(Role.PARTNER_USER),
                "olga@alpha.example"), () -> people.signedIn());
        PlanView draft = as(manager, () -> plans.draft(qbrOfPrev));
        LocalDate due = CUR.lastDay();

        as(alphaAdmin, () -> items.addCommitment(draft.id(), commitment(Side.PARTNER, "Pete Park", "pete", due,
                "register 5 new deals")));
        as(alphaAdmin, () -> items.addCommitment(draft.id(), new CommitmentContent(Side.PARTNER, "Pete Park",
                "Pete@Alpha.example", null, due, "register 6 new deals", Cadence.MONTHLY, null)));
        as(manager, () -> items.addCommitment(draft.id(), commitment(Side.VENDOR, "Nina Novak", "nina", due,
                "hold 2 pipeline reviews")));
        assertEquals(List.of("register 5 new deals", "register 6 new deals", "hold 2 pipeline reviews"),
                outcomes(draft.id()));

        // bea is bravo's, olga the other vendor's: not alpha's people; the refusal names alpha's
        for (String stranger : List.of("bea", "olga")) {
            assertEquals("\"Jo Doe\" (" + stranger + ")" + NOT_AMONG_PARTNERS + "the owner may be Priya Nair"
                    + " (priya.nair@example.com), Sam Lee (sam), pete.", assertThrows(RefusedException.class,
                    () -> as(alphaAdmin, () -> items.addCommitment(draft.id(), commitment(Side.PARTNER, "Jo Doe",
                            stranger, due, "register 7 new deals"))))
                    .getMessage());
        }
        // the vendor's people: named to the vendor; to the partner's admin, who proposes, counted
        String notAmongVendors = " is not among the vendor's people (its attendees of the QBR and its people in the"
                + " portal); the owner may be Max Weber (max)";
        assertEquals("\"Jo Doe\" (jo)" + notAmongVendors + ", nina.", assertThrows(RefusedException.class,
                () -> as(manager, () -> items.addCommitment(draft.id(), commitment(Side.VENDOR, "Jo Doe", "jo", due,
                        "hold 3 pipeline reviews")))).getMessage());
        CommitmentLine ninas = as(alphaAdmin, () -> plans.view(draft.id())).commitments().get(2);
        assertEquals("\"Jo Doe\" (jo)" + notAmongVendors + ", or one more of the vendor's people in the portal.",
                assertThrows(RefusedException.class, () -> as(alphaAdmin, () -> proposals.propose(ninas.id(),
                        ninas.version(), commitment(Side.VENDOR, "Jo Doe", "jo", due, "hold 3 pipeline reviews"))))
                        .getMessage());
        assertEquals(3, outcomes(draft.id()).size(), "nothing was added");
    }

    @Test
    void aConfirmationFromAPageOpenedBeforeTheOtherSideChangedTheDraftIsRefusedShowingWhatWasSeenAndWhatIsNow() {
        PlanView draft = as(manager, () -> plans.draft(qbrOfPrev));
        as(manager, () -> items.addBet(draft.id(), bet("Manufacturing", new BigDecimal("120000"))));
        LocalDate due = CUR.lastDay();
        as(manager, () -> items.addCommitment(draft.id(), commitment(Side.VENDOR, "Max Weber", "max", due,
                "hold 2 pipeline reviews")));
        as(alphaAdmin, () -> items.addCommitment(draft.id(), commitment(Side.PARTNER, "Sam Lee", "sam", due,
                "register 5 new deals")));
        as(alphaAdmin, () -> items.addCommitment(draft.id(), commitment(Side.PARTNER, "Priya Nair", null, due,
                "sign the reseller agreement for Germany")));
        PlanView maxSaw = as(manager, () -> plans.view(draft.id()));

        // al, in another session, changes his side's commitment after max opened the page
        CommitmentLine sams = as(alphaAdmin, () -> plans.view(draft.id())).commitments().get(1);
        as(alphaAdmin, () -> items.editCommitment(sams.id(), sams.version(), commitment(Side.PARTNER, "Sam Lee", "sam",
                due, "register 8 new deals")));

        RefusedException stale = assertThrows(RefusedException.class,
                () -> as(manager, () -> plans.confirm(draft.id(), maxSaw.version())));
        assertEquals("The plan changed since you opened it; nothing was confirmed. What you saw, and what it is now:"
                + " al changed a commitment (Commitment " + sams.itemKey() + "): you saw \"Partner: register 5 new deals"
                + " | owner Sam Lee (sam) | due " + due + " | Monthly\"; now \"Partner: register 8 new deals | owner Sam"
                + " Lee (sam) | due " + due + " | Monthly\". Look at the changes, then confirm again.",
                stale.getMessage());
        PlanView after = as(manager, () -> plans.view(draft.id()));
        assertEquals(PlanStatus.DRAFT, after.status(), "nothing was confirmed");
        assertEquals(null, after.vendorConfirmedBy());
        // from a fresh page the same confirmation goes through
        as(manager, () -> plans.confirm(draft.id(), after.version()));
        assertEquals(PlanStatus.CONFIRMED_BY_VENDOR, as(alphaAdmin, () -> plans.view(draft.id())).status());
    }

    @Test
    void thePartnersAdminProposesChangesToTheVendorsCommitmentWhichStaysAsItIsUntilTheVendorAccepts() {
        PlanView draft = as(manager, () -> plans.draft(qbrOfPrev));
        LocalDate due = CUR.lastDay();
        as(manager, () -> items.addCommitment(draft.id(), commitment(Side.VENDOR, "Max Weber", "max", due,
                "hold 2 pipeline reviews")));
        CommitmentLine maxs = as(alphaAdmin, () -> plans.view(draft.id())).commitments().get(0);
        CommitmentContent four = commitment(Side.VENDOR, "Max Weber", "max", due, "hold 4 pipeline reviews");
        assertEquals("This is the vendor's commitment: propose your change, and the vendor accepts or rejects it;"
                + " nothing was changed.", assertThrows(RefusedException.class, () -> as(alphaAdmin,
                () -> items.editCommitment(maxs.id(), maxs.version(), four))).getMessage());
        assertThrows(RefusedException.class, () -> as(alphaAdmin, () -> items.removeCommitment(maxs.id(),
                maxs.version())));

        // al's session proposes; max's session sees the proposal, the commitment unchanged
        ProposalView proposal = as(alphaAdmin, () -> proposals.propose(maxs.id(), maxs.version(), four));
        assertEquals(ChangeProposal.State.PENDING, proposal.state());
        assertEquals(List.of("hold 2 pipeline reviews"), outcomes(draft.id()), "not changed until accepted");
        PlanView maxSawBeforeDeciding = as(manager, () -> plans.view(draft.id()));
        assertEquals(List.of("al: hold 4 pipeline reviews PENDING"), proposalsOf(manager, draft.id()));
        assertEquals("hold 2 pipeline reviews", as(manager, () -> proposals.ofPlan(draft.id())).get(0).current()
                .outcome(), "the vendor sees the commitment as it is beside the proposal");

        // another vendor and another partner see none and propose nothing; al does not decide his own
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> proposals.ofPlan(draft.id())));
        assertThrows(NotFoundException.class, () -> as(bravoAdmin, () -> proposals.ofPlan(draft.id())));
        assertThrows(NotFoundException.class, () -> as(bravoAdmin, () -> proposals.propose(maxs.id(), maxs.version(),
                four)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> proposals.propose(maxs.id(), maxs.version(),
                four)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> proposals.accept(proposal.id())));
        assertThrows(NotFoundException.class, () -> as(bravoAdmin, () -> proposals.reject(proposal.id(), "no")));
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> proposals.propose(maxs.id(),
                maxs.version(), four)));
        assertEquals("The vendor accepts or rejects a proposal about its commitment.", assertThrows(
                RefusedException.class, () -> as(alphaAdmin, () -> proposals.accept(proposal.id()))).getMessage());
        assertEquals(1, proposalsOf(manager, draft.id()).size(), "nothing else was proposed");
        assertEquals(List.of("hold 2 pipeline reviews"), outcomes(draft.id()));

        // max accepts: the commitment says it now, and the plan's history has the proposal and the decision
        as(manager, () -> proposals.accept(proposal.id()));
        assertEquals(List.of("hold 4 pipeline reviews"), outcomes(draft.id()));
        String history = assertThrows(RefusedException.class, () -> as(manager, () -> plans.confirm(draft.id(),
                maxSawBeforeDeciding.version()))).getMessage();
        assertTrue(history.contains("max accepted al's proposal (Commitment " + maxs.itemKey() + "): now \"Vendor:"
                + " hold 4 pipeline reviews"), history);
        assertEquals("This proposal was accepted by max already.", assertThrows(RefusedException.class,
                () -> as(manager, () -> proposals.reject(proposal.id(), "late"))).getMessage());

        // a second proposal, rejected with a reason, leaves the commitment as it is
        CommitmentLine now = as(alphaAdmin, () -> plans.view(draft.id())).commitments().get(0);
        ProposalView six = as(alphaAdmin, () -> proposals.propose(now.id(), now.version(),
                commitment(Side.VENDOR, "Max Weber", "max", due, "hold 6 pipeline reviews")));
        assertEquals("Enter why the proposal is rejected.", assertThrows(RefusedException.class,
                () -> as(manager, () -> proposals.reject(six.id(), " "))).getMessage());
        as(manager, () -> proposals.reject(six.id(), "Six is more than we can staff"));
        assertEquals(List.of("hold 4 pipeline reviews"), outcomes(draft.id()));

        // a third, and max changes the commitment before deciding: accepting it would undo his change, so it is
        // refused in words for accepting, showing both, and nothing changes
        CommitmentLine later = as(alphaAdmin, () -> plans.view(draft.id())).commitments().get(0);
        ProposalView five = as(alphaAdmin, () -> proposals.propose(later.id(), later.version(),
                commitment(Side.VENDOR, "Max Weber", "max", due, "hold 5 pipeline reviews")));
        as(manager, () -> items.editCommitment(later.id(), later.version(), commitment(Side.VENDOR, "Max Weber", "max",
                due, "hold 3 pipeline reviews")));
        assertEquals("The commitment changed since al proposed this, and accepting it would undo that change; nothing"
                + " was accepted or changed. The commitment now: Vendor: hold 3 pipeline reviews | owner Max Weber (max)"
                + " | due " + due + " | Monthly. The proposal: Vendor: hold 5 pipeline reviews | owner Max Weber (max) |"
                + " due " + due + " | Monthly. Reject the proposal, saying why, and al can propose again on the"
                + " commitment as it is now.", assertThrows(RefusedException.class,
                () -> as(manager, () -> proposals.accept(five.id()))).getMessage());
        assertEquals(List.of("hold 3 pipeline reviews"), outcomes(draft.id()));
        assertEquals(List.of("al: hold 4 pipeline reviews ACCEPTED",
                "al: hold 6 pipeline reviews REJECTED Six is more than we can staff",
                "al: hold 5 pipeline reviews PENDING"), proposalsOf(alphaAdmin, draft.id()));
    }

    private List<String> proposalsOf(Caller caller, long planId) {
        return as(caller, () -> proposals.ofPlan(planId)).stream().map(p -> p.proposedBy() + ": "
                + p.proposed().outcome() + " " + p.state()
                + (p.reason() == null ? "" : " " + p.reason())).toList();
    }

    @Test
    void editsOfDifferentItemsBothLandAndASecondSaveOfTheSameItemIsRefusedWithBothValues() {
        PlanView draft = as(manager, () -> plans.draft(qbrOfPrev));
        LocalDate due = CUR.lastDay();
        as(manager, () -> items.addCommitment(draft.id(), commitment(Side.VENDOR, "Max Weber", "max", due,
                "hold 2 pipeline reviews")));
        as(manager, () -> items.addCommitment(draft.id(), commitment(Side.PARTNER, "Sam Lee", "sam", due,
                "register 5 new deals")));
        PlanView seenByMax = as(manager, () -> plans.view(draft.id()));
        PlanView seenByAl = as(alphaAdmin, () -> plans.view(draft.id()));
        CommitmentLine first = seenByMax.commitments().get(0);
        CommitmentLine second = seenByAl.commitments().get(1);

        as(manager, () -> items.editCommitment(first.id(), first.version(), commitment(Side.VENDOR, "Max Weber", "max",
                due, "hold 3 pipeline reviews")));
        as(alphaAdmin, () -> items.editCommitment(second.id(), second.version(), commitment(Side.PARTNER, "Sam Lee",
                "sam", due, "register 6 new deals")));
        assertEquals(List.of("hold 3 pipeline reviews", "register 6 new deals"), outcomes(draft.id()));

        CommitmentLine secondAsMaxSawIt = seenByMax.commitments().get(1);
        CommitmentContent maxs = commitment(Side.PARTNER, "Sam Lee", "sam", due, "register 7 new deals");
        StaleItemException stale = assertThrows(StaleItemException.class, () -> as(manager,
                () -> items.editCommitment(secondAsMaxSawIt.id(), secondAsMaxSawIt.version(), maxs)));
        assertEquals("register 6 new deals", ((CommitmentContent) stale.getTheirs()).outcome());
        assertEquals("register 7 new deals", ((CommitmentContent) stale.getMine()).outcome());
        assertTrue(stale.getMessage().startsWith("Someone saved this commitment since you opened it; nothing of yours was"
                + " saved. Theirs: Partner: register 6 new deals | owner Sam Lee (sam) | due " + due
                + " | Monthly. Yours: Partner: register 7 new deals"), stale.getMessage());
        assertEquals(List.of("hold 3 pipeline reviews", "register 6 new deals"), outcomes(draft.id()), "nothing lost");

        as(manager, () -> items.editCommitment(secondAsMaxSawIt.id(), stale.getCurrentVersion(), maxs));
        assertEquals(List.of("hold 3 pipeline reviews", "register 7 new deals"), outcomes(draft.id()), "kept his own");
    }

    private List<String> outcomes(long planId) {
        return as(admin, () -> plans.view(planId)).commitments().stream().map(c -> c.content().outcome()).toList();
    }

    @Test
    void checkInsFlagTheOverdueAndTheBoardAndMyCommitmentsListThemOverdueFirst() {
        PlanView prev = planForPrev();
        CommitmentLine maxs = prev.commitments().get(0);
        CommitmentLine sams = prev.commitments().get(1);
        CommitmentLine priyas = prev.commitments().get(2);

        as(alphaUser, () -> checkIns.checkIn(sams.id(), "3 deals registered", CommitmentStatus.AT_RISK,
                "no leads in the north", "ask for leads", null));
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> checkIns.checkIn(priyas.id(), "done",
                CommitmentStatus.DONE, null, null, null)), "a partner user checks in only on what it owns");
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> checkIns.checkIn(maxs.id(), "done",
                CommitmentStatus.DONE, null, null, null)));
        RefusedException noReason = assertThrows(RefusedException.class, () -> as(manager, () -> checkIns.checkIn(
                maxs.id(), "no time", CommitmentStatus.DROPPED, null, null, " ")));
        assertEquals("Enter why the commitment is dropped.", noReason.getMessage());
        as(manager, () -> checkIns.checkIn(maxs.id(), "held both", CommitmentStatus.DONE, null, null, null));
        assertEquals("3 deals registered AT_RISK sam", as(alphaAdmin, () -> checkIns.history(sams.id())).stream()
                .map(c -> c.getProgress() + " " + c.getStatus() + " " + c.getCheckedBy()).collect(Collectors.joining()));

        PlanView current = as(manager, () -> plans.draft(qbrOfPrev));
        as(manager, () -> items.addBet(current.id(), bet("Healthcare", BigDecimal.TEN)));
        for (String outcome : List.of("register 2 new deals", "register 3 new deals", "register 4 new deals")) {
            as(manager, () -> items.addCommitment(current.id(), commitment(Side.PARTNER, "Sam Lee", "sam", CUR.lastDay(),
                    outcome)));
        }
        confirmBoth(current.id());

        List<CommitmentRow> page = as(executive, () -> board.page(BoardFilter.NONE, 0, 3));
        assertEquals(List.of("register 5 new deals in manufacturing", "sign the reseller agreement for Germany",
                "hold 2 pipeline reviews with alpha's sellers"), page.stream().map(CommitmentRow::outcome).toList(),
                "overdue first, then by due date (max's is done)");
        assertTrue(page.get(0).isOverdue() && page.get(1).isOverdue() && !page.get(2).isOverdue());
        assertEquals("Overdue: due " + sams.content().dueDate() + ", " + java.time.temporal.ChronoUnit.DAYS.between(
                sams.content().dueDate(), ProgramCalendar.today()) + " days ago, and not done", page.get(0).flags().get(0));
        assertEquals(List.of("register 2 new deals", "register 3 new deals",
                "register 4 new deals"), as(manager, () -> board.page(BoardFilter.NONE, 3, 3)).stream()
                .map(CommitmentRow::outcome).toList(), "the second page goes on where the first ended");
        assertEquals(6, as(manager, () -> board.count(BoardFilter.NONE)));
        assertEquals(1, as(manager, () -> board.count(new BoardFilter(Side.VENDOR, null, null, null, null, false))));
        assertEquals(1, as(manager, () -> board.count(new BoardFilter(null, "priya", null, null, null, false))));
        assertEquals(1, as(manager, () -> board.count(new BoardFilter(null, null, alpha, null, CommitmentStatus.AT_RISK, false))));
        assertThrows(AccessDeniedException.class, () -> as(alphaAdmin, () -> board.page(BoardFilter.NONE, 0, 10)));
        assertEquals(0, as(otherAdmin, () -> board.count(BoardFilter.NONE)), "another vendor's board is its own");
        BoardFilter book = new BoardFilter(null, null, null, null, null, true);
        assertEquals(0, as(manager, () -> board.count(book)), "max owns no partner yet: an empty book");
        as(admin, () -> data.owned("alpha", "max"));
        assertEquals(6, as(manager, () -> board.count(book)), "max's book: alpha's six commitments");
        assertEquals(2, as(manager, () -> board.page(book, 0, 2)).stream().filter(r -> r.partnerId() == alpha).count());
        assertEquals(0, as(otherAdmin, () -> board.count(book)), "another vendor's book is its own");
        as(admin, () -> data.owned("alpha", null));

        assertEquals(List.of("register 5 new deals in manufacturing", "register 2 new deals", "register 3 new deals",
                "register 4 new deals"), as(alphaUser, () -> board.mine()).stream().map(CommitmentRow::outcome).toList());
        assertEquals(List.of(), as(bravoAdmin, () -> board.mine()));
    }

    @Test
    void bothSidesGradeBetsReadTheirActualsAndFollowThroughIsExact() {
        as(admin, () -> {
            data.closed("pp-1", "alpha", 30_000, DealOrigin.SOURCED, DealStage.WON, PREV.previous().firstDay().plusDays(10));
            data.closed("p-1", "alpha", 45_000, DealOrigin.SOURCED, DealStage.WON, PREV.firstDay().plusDays(20));
            data.closed("p-2", "alpha", 10_000, DealOrigin.SOURCED, DealStage.WON, PREV.firstDay().plusDays(30));
        });
        as(admin, () -> scorecards.refresh(PREV.previous()));
        as(admin, () -> scorecards.refresh(PREV));
        PlanView prev = planForPrev();
        assertEquals(0, new BigDecimal("30000").compareTo(prev.bets().get(0).baseline()), "baseline from the scorecard");
        CommitmentLine maxs = prev.commitments().get(0);
        CommitmentLine sams = prev.commitments().get(1);
        as(manager, () -> checkIns.checkIn(maxs.id(), "held both", CommitmentStatus.DONE, null, null, null));

        as(manager, () -> grading.grade(maxs.id(), GradeLevel.DONE, "both held"));
        as(alphaAdmin, () -> grading.grade(maxs.id(), GradeLevel.PARTLY, "one was cut short"));
        as(alphaAdmin, () -> grading.grade(sams.id(), GradeLevel.NOT_DONE, null));
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> grading.grade(sams.id(), GradeLevel.DONE, null)));

        CarryForward carried = as(alphaUser, () -> carryForward.forQbr(qbrOfPrev)).orElseThrow();
        assertEquals(prev.id(), carried.plan().id());
        CarryForward.BetResult bet = carried.bets().get(0);
        assertEquals("Manufacturing 30000 50000 55000 met", bet.title() + " " + bet.baseline().stripTrailingZeros()
                .toPlainString() + " " + bet.target().stripTrailingZeros().toPlainString() + " "
                + bet.actual().stripTrailingZeros().toPlainString() + " " + bet.verdict());
        assertEquals(List.of("Vendor: done, partner: partly", "Partner: not done; the vendor has not graded",
                "Not graded yet"), carried.commitments().stream().map(c -> c.grades().outcome().summary()).toList());
        assertEquals("held both", carried.commitments().get(0).checkIns().get(0).getProgress());
        assertEquals(List.of(), as(admin, () -> carryForward.forQbr(qbrOfPrevPrev)).map(CarryForward::bets)
                .orElse(List.of()), "no plan before the first");

        LocalDate due = PREV.firstDay().plusDays(40);
        String previous = "The plan for " + PREV + " (version 1): Vendor: hold 2 pipeline reviews with alpha's sellers"
                + " (Max Weber, due " + due + ") is done, graded Vendor: done, partner: partly; Partner: register 5 new"
                + " deals in manufacturing (Sam Lee, due " + due.plusDays(5) + ") is open, graded Partner: not done;"
                + " the vendor has not graded; Partner: sign the reseller agreement for Germany (Priya Nair, due "
                + due.plusDays(9) + ") is open.";
        PreReadView preRead = as(manager, () -> preReads.preRead(qbrOfPrev));
        assertEquals(previous, preRead.previousCommitments(), "the pre-read opens with last quarter's commitments");

        PlanView current = as(manager, () -> plans.draft(qbrOfPrev));
        as(manager, () -> items.addBet(current.id(), bet("Healthcare", BigDecimal.TEN)));
        as(manager, () -> items.addCommitment(current.id(), commitment(Side.VENDOR, "Max Weber", "max", CUR.lastDay(),
                "hold 2 workshops")));
        as(manager, () -> items.addCommitment(current.id(), commitment(Side.PARTNER, "Sam Lee", "sam", CUR.lastDay(),
                "register 2 new deals")));
        as(manager, () -> items.addCommitment(current.id(), commitment(Side.PARTNER, "Sam Lee", "sam", CUR.lastDay(),
                "register 3 new deals")));
        confirmBoth(current.id());
        PlanView now = as(admin, () -> plans.view(current.id()));
        as(manager, () -> checkIns.checkIn(now.commitments().get(0).id(), "done", CommitmentStatus.DONE, null, null, null));
        as(alphaUser, () -> checkIns.checkIn(now.commitments().get(1).id(), "done", CommitmentStatus.DONE, null, null,
                null));

        List<FollowThrough.Figures> figures = as(alphaUser, () -> grading.followThrough(alpha));
        assertEquals("VENDOR 1 of 2 (50%) [" + PREV + " 0/1, " + CUR + " 1/1]; PARTNER 1 of 4 (25%) [" + PREV + " 0/2, "
                + CUR + " 1/2]", figures.stream().map(f -> f.side() + " " + f.summary() + " " + f.trend().stream()
                .map(s -> s.quarter() + " " + s.kept() + "/" + s.total()).collect(Collectors.joining(", ", "[", "]")))
                .collect(Collectors.joining("; ")), "last quarter's were done late or not at all");
    }

    /** The demo's Brightpath: the pre-read of its QBR of this quarter lists the commitments of the plan it reviews. */
    @Test
    void theDemoPreReadOfBrightpathsQbrListsThePreviousPlansCommitmentsWithTheirStatus() {
        Caller max = new Caller("max", "acme", null, java.util.Set.of(Role.PARTNER_MANAGER));
        long brightpath = as(max, () -> partners.findByCode("brightpath").getId());
        long qbr = as(max, () -> qbrs.qbrsOf(brightpath)).stream().filter(q -> q.quarter().equals(CUR)
                && q.status() != QbrStatus.CANCELLED).findFirst().orElseThrow().qbrId();
        String previous = as(max, () -> preReads.preRead(qbr)).previousCommitments();
        assertTrue(previous.startsWith("The plan for " + CUR + " (version 1): Vendor: hold 2 joint pipeline reviews with"
                + " Brightpath's sellers (Max Miller, due "), previous);
        assertTrue(previous.contains(") is at risk, graded Vendor: partly, partner: not done;"), previous);
        assertTrue(previous.contains("Partner: register 5 new deals in manufacturing (Sam Ortega, due "), previous);
        assertTrue(previous.contains(") is on track;"), previous);
        assertTrue(previous.contains("Partner: certify 2 more sales engineers on the analytics suite (Paula Park, due "),
                previous);
        assertTrue(previous.contains(") is done, graded Done (both sides)"), previous);
    }

    /** Overdue turns at the program's midnight: a commitment due today in Pago Pago (UTC-11) is overdue in Kiritimati (UTC+14). */
    @Test
    void overdueIsCountedInTheProgramsTimeZone() {
        LocalDate pagoToday = LocalDate.now(ZoneId.of("Pacific/Pago_Pago"));
        Assumptions.assumeTrue(CUR.contains(pagoToday) && pagoToday.isAfter(CUR.firstDay()),
                "the day in Pago Pago lies after this quarter's QBR day");
        as(admin, () -> clock.change("Pacific/Pago_Pago", 33));
        PlanView current = as(manager, () -> plans.draft(qbrOfPrev));
        as(manager, () -> items.addBet(current.id(), bet("Healthcare", BigDecimal.TEN)));
        for (String outcome : List.of("register 2 new deals", "register 3 new deals", "register 4 new deals")) {
            as(manager, () -> items.addCommitment(current.id(), commitment(Side.PARTNER, "Sam Lee", "sam", pagoToday,
                    outcome)));
        }
        confirmBoth(current.id());
        assertEquals(List.of(false, false, false), as(manager, () -> board.page(BoardFilter.NONE, 0, 10)).stream()
                .map(CommitmentRow::isOverdue).toList(), "due today in the program's zone");
        as(admin, () -> clock.change("Pacific/Kiritimati", 33));
        List<CommitmentRow> overdue = as(manager, () -> board.page(BoardFilter.NONE, 0, 10));
        assertEquals(List.of(true, true, true), overdue.stream().map(CommitmentRow::isOverdue).toList(),
                "today in Kiritimati is a day or two later");
        assertEquals(List.of(true, true, true), as(alphaUser, () -> board.mine()).stream().map(CommitmentRow::isOverdue)
                .toList(), "My commitments count in the same zone");
        as(admin, () -> clock.change("UTC", 33));
    }

    @Test
    void anotherVendorAnotherPartnerAndReadOnlyRolesAreRefused() {
        PlanView prev = planForPrev();
        long commitmentId = prev.commitments().get(1).id();
        long betId = prev.bets().get(0).id();
        for (Caller outsider : List.of(otherAdmin, bravoAdmin)) {
            assertThrows(NotFoundException.class, () -> as(outsider, () -> plans.view(prev.id())));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> plans.ofPartner(alpha)));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> plans.draftNewVersion(prev.id())));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> plans.confirm(prev.id(), prev.version())));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> plans.diff(prev.id())));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> checkIns.history(commitmentId)));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> checkIns.checkIn(commitmentId, "x",
                    CommitmentStatus.DONE, null, null, null)));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> grading.grade(commitmentId, GradeLevel.DONE,
                    null)));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> items.editBet(betId, 0,
                    bet("x", BigDecimal.ONE))));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> carryForward.forQbr(qbrOfPrev)));
            assertThrows(NotFoundException.class, () -> as(outsider, () -> grading.followThrough(alpha)));
        }
        PlanView draft = as(manager, () -> plans.draft(qbrOfPrev));
        for (Caller reader : List.of(executive, alphaUser)) {
            assertEquals(prev.id(), as(reader, () -> plans.view(prev.id())).id(), "reads");
            assertTrue(!as(reader, () -> plans.view(draft.id())).mayEdit());
            assertThrows(AccessDeniedException.class, () -> as(reader, () -> items.addBet(draft.id(),
                    bet("x", BigDecimal.ONE))));
            assertThrows(AccessDeniedException.class, () -> as(reader, () -> plans.draftNewVersion(prev.id())));
        }
        assertEquals(0, as(bravoAdmin, () -> board.mine()).size());
    }
}
