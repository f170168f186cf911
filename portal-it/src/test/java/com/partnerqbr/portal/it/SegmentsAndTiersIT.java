package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.kernel.WeekOfMonth;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.segment.NightlyProgramRefresh;
import com.partnerqbr.portal.program.segment.ProgramReviewDay;
import com.partnerqbr.portal.program.segment.ProgramSettingsService.Settings;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.ReviewCadence;
import com.partnerqbr.portal.program.segment.ReviewFormatService;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.SegmentationService.RecomputeSummary;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.program.segment.StandingService.StandingView;
import com.partnerqbr.portal.program.segment.StandingService;
import com.partnerqbr.portal.program.tier.CriterionMeasure;
import com.partnerqbr.portal.program.tier.ProposalStatus;
import com.partnerqbr.portal.program.tier.TierService.ProposalView;
import com.partnerqbr.portal.program.tier.TierService.TierDraft;
import com.partnerqbr.portal.program.tier.TierService;
import com.partnerqbr.portal.review.progress.TierProgressService.TierProgressView;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Segments, tier eligibility, proposals and the versioned ladder in the real server against the
 * real database, on hand-built data with known answers; every access rule attacked from another
 * vendor, from another partner and from roles that may only read.
 */
@ExtendWith(ArquillianExtension.class)
class SegmentsAndTiersIT {

    private static final Quarter Q2 = Quarter.parse("2025-Q2");
    private static final LocalDate IN_Q2 = LocalDate.of(2025, 5, 10);

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("segments-it", SegmentsAndTiersIT.class, ProgramDataProbe.class, TierProbe.class);
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private TierProbe tierProbe;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private ProgramSettingsService programSettings;

    @EJB
    private ReviewFormatService reviewFormats;

    @EJB
    private StandingService standings;

    @EJB
    private TierService tiers;

    @EJB
    private TierProgressService progress;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private NightlyProgramRefresh nightly;

    private Caller admin;
    private Caller manager;
    private Caller otherAdmin;
    private Caller midAdmin;
    private long big;
    private long mid;
    private long small;
    private long labs;
    private long othersBig;

    /**
     * A vendor of four partners with a four-tier ladder: big (approved Silver) earns $240,000
     * in 4 won deals with a certified person, mid (approved Gold) $60,000 in 2, small (Registered)
     * $3,000, labs (no tier) nothing. A second vendor with a partner of the same code and a huge quarter.
     */
    @BeforeEach
    void program() {
        TwoVendors two = TwoVendors.register(vendors, "seg", "Segment vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        manager = two.staff("max", Role.PARTNER_MANAGER);
        otherAdmin = two.otherAdmin();
        midAdmin = two.partnerUser("mia", "mid", Role.PARTNER_ADMIN);
        big = as(admin, () -> data.partner("big", PartnerType.RESELLER));
        mid = as(admin, () -> data.partner("mid", PartnerType.RESELLER));
        small = as(admin, () -> data.partner("small", PartnerType.REFERRAL));
        labs = as(admin, () -> data.partner("labs", PartnerType.TECHNOLOGY));
        as(admin, () -> tiers.publishLadder(ladder("200000"), 0));
        as(admin, () -> {
            tierProbe.approve("big", "Silver");
            tierProbe.approve("mid", "Gold");
            tierProbe.approve("small", "Registered");
            for (int i = 1; i <= 4; i++) {
                data.closed("big-" + i, "big", 60_000, DealOrigin.SOURCED, DealStage.WON, IN_Q2);
            }
            data.closed("mid-1", "mid", 30_000, DealOrigin.SOURCED, DealStage.WON, IN_Q2);
            data.closed("mid-2", "mid", 30_000, DealOrigin.SOURCED, DealStage.WON, IN_Q2);
            data.closed("small-1", "small", 3_000, DealOrigin.SOURCED, DealStage.WON, IN_Q2);
            tierProbe.certified("big", "Bea", IN_Q2);
        });
        as(admin, () -> scorecards.refresh(Q2));
        othersBig = as(otherAdmin, () -> data.partner("big", PartnerType.RESELLER));
        as(otherAdmin, () -> {
            data.closed("big-1", "big", 9_000_000, DealOrigin.SOURCED, DealStage.WON, IN_Q2);
        });
        as(otherAdmin, () -> tiers.publishLadder(ladder("200000"), 0));
        as(otherAdmin, () -> scorecards.refresh(Q2));
    }

    private static List<TierDraft> ladder(String goldRevenue) {
        return List.of(
                new TierDraft("Registered", "Portal access", Map.of()),
                new TierDraft("Silver", "10% discount", Map.of(CriterionMeasure.TRAILING_REVENUE, new BigDecimal("50000"),
                        CriterionMeasure.WON_DEALS, new BigDecimal("2"))),
                new TierDraft("Gold", "20% discount", Map.of(CriterionMeasure.TRAILING_REVENUE, new BigDecimal(goldRevenue),
                        CriterionMeasure.WON_DEALS, new BigDecimal("4"), CriterionMeasure.CERTIFIED_PEOPLE, BigDecimal.ONE)),
                new TierDraft("Platinum", "30% discount, executive sponsor", Map.of(
                        CriterionMeasure.TRAILING_REVENUE, new BigDecimal("500000"), CriterionMeasure.WON_DEALS,
                        new BigDecimal("6"))));
    }

    @Test
    void recomputeRanksSegmentsAndProposesTheTierChangesTheFiguresAskFor() {
        RecomputeSummary summary = as(admin, () -> segmentation.recompute(Q2));
        assertEquals(4, summary.partners());
        assertEquals(Map.of(Segment.STRATEGIC, 1, Segment.GROWTH, 1, Segment.LONG_TAIL, 2), summary.segments());
        assertEquals(3, summary.proposalsRaised());

        assertEquals("1 STRATEGIC Gold 240000", line(as(admin, () -> standings.standing(big, Q2))));
        assertEquals("2 GROWTH Silver 60000", line(as(admin, () -> standings.standing(mid, Q2))));
        assertEquals("3 LONG_TAIL Registered 3000", line(as(admin, () -> standings.standing(small, Q2))));
        assertEquals("4 LONG_TAIL Registered 0", line(as(admin, () -> standings.standing(labs, Q2))));

        assertEquals("Partner big: Promotion Silver → Gold; Partner labs: Promotion no tier → Registered;"
                + " Partner mid: Demotion Gold → Silver", proposals());
        ProposalView demotion = pendingOf(mid);
        assertEquals(ProgramCalendar.today().plusDays(90), demotion.graceUntil());
        assertTrue(demotion.inGrace());

        // the same figures again change nothing
        RecomputeSummary again = as(admin, () -> segmentation.recompute(Q2));
        assertEquals(0, again.proposalsRaised());
        assertEquals(0, again.proposalsWithdrawn());
    }

    @Test
    void theTierMeasuresAreWhatTheScorecardsHoldAndAFrozenScorecardKeepsThem() {
        as(admin, () -> segmentation.recompute(Q2));
        assertEquals(4, as(admin, () -> standings.standing(big, Q2)).wonDeals());

        // a deal imported after the refresh counts once the quarter's scorecards are refreshed
        as(admin, () -> {
            data.closed("big-5", "big", 60_000, DealOrigin.SOURCED, DealStage.WON, IN_Q2);
        });
        as(admin, () -> segmentation.recompute(Q2));
        assertEquals("4 240000", measures(as(admin, () -> standings.standing(big, Q2))));
        as(admin, () -> scorecards.refresh(Q2));
        as(admin, () -> segmentation.recompute(Q2));
        assertEquals("5 300000", measures(as(admin, () -> standings.standing(big, Q2))));

        // once frozen for the QBR, the scorecard's won deals and revenue are what the tiers measure
        long version = as(admin, () -> scorecards.view(big, Q2)).version();
        as(admin, () -> scorecards.freeze(big, Q2, version));
        as(admin, () -> {
            data.closed("big-6", "big", 60_000, DealOrigin.SOURCED, DealStage.WON, IN_Q2);
        });
        as(admin, () -> scorecards.refresh(Q2));
        as(admin, () -> segmentation.recompute(Q2));
        assertEquals("5 300000", measures(as(admin, () -> standings.standing(big, Q2))));
    }

    private static String measures(StandingView s) {
        return s.wonDeals() + " " + s.trailingRevenue().stripTrailingZeros().toPlainString();
    }

    @Test
    void anApprovedPromotionChangesTheApprovedTierAndTheProgressNamesTheNextTier() {
        as(admin, () -> segmentation.recompute(Q2));
        ProposalView promotion = pendingOf(big);
        assertEquals("Give a reason for the decision.", assertThrows(RefusedException.class,
                () -> as(admin, () -> tiers.approve(promotion.proposalId(), promotion.version(), " "))).getMessage());
        assertThrows(RefusedException.class,
                () -> as(admin, () -> tiers.approve(promotion.proposalId(), promotion.version() + 1, "stale")));
        assertEquals("Silver v1", as(admin, () -> tierProbe.approvedTier("big")));

        ProposalView approved = as(admin, () -> tiers.approve(promotion.proposalId(), promotion.version(), "Great year"));
        assertEquals(ProposalStatus.APPROVED, approved.status());
        assertEquals("ada", approved.decidedBy());
        assertEquals("Gold v1", as(admin, () -> tierProbe.approvedTier("big")));

        TierProgressView view = as(admin, () -> progress.progress(big));
        assertEquals("Gold", view.currentTier());
        assertEquals("Platinum", view.nextTier());
        assertEquals("30% discount, executive sponsor", view.nextBenefits());
        assertEquals("2 more won deals and $260,000 revenue by " + ProgramCalendar.currentQuarter().lastDay(),
                view.progress().summary());
        assertEquals(List.of("Won deals (4 quarters) 4 of 6 66%", "Trailing revenue (4 quarters) $240,000 of $500,000 48%"),
                view.progress().criteria().stream().map(c -> c.label() + " " + c.valueText() + " of " + c.thresholdText()
                        + " " + c.percent() + "%").toList());
        assertEquals(Segment.STRATEGIC, view.segment());
        // said to the vendor's people about the partner, not to the partner
        assertTrue(view.segmentMeaning().startsWith("The next QBR of Partner big is due by "), view.segmentMeaning());
        // nothing left to propose for big
        assertEquals(0, as(admin, () -> segmentation.recompute(Q2)).proposalsRaised());
    }

    @Test
    void theNightlyRefreshRefreshesAndRecomputesTheLastCompleteAndTheCurrentQuarterOfItsVendorOnly() {
        Quarter current = ProgramCalendar.currentQuarter();
        assertEquals(List.of(current.previous(), current), as(admin, () -> nightly.runFor(ProgramCalendar.today())));
        for (Quarter quarter : List.of(current.previous(), current)) {
            assertEquals(quarter, as(admin, () -> scorecards.view(big, quarter)).quarter());
            StandingView standing = as(admin, () -> standings.standing(big, quarter));
            assertEquals(quarter, standing.quarter());
            assertEquals(1, standing.rank());
            // the other vendor's program was not touched
            assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> standings.standing(othersBig, quarter)));
        }
    }

    @Test
    void aDemotionWarnsThePartnerAndCannotBeApprovedDuringItsGracePeriod() {
        as(admin, () -> segmentation.recompute(Q2));
        ProposalView demotion = pendingOf(mid);
        RefusedException inGrace = assertThrows(RefusedException.class,
                () -> as(admin, () -> tiers.approve(demotion.proposalId(), demotion.version(), "Too early")));
        assertEquals("The demotion of Partner mid is in its grace period until " + demotion.graceUntil()
                + "; it can be approved from that day.", inGrace.getMessage());
        assertEquals("Gold v1", as(admin, () -> tierProbe.approvedTier("mid")));

        TierProgressView own = as(midAdmin, () -> progress.ownProgress());
        assertEquals("Warning: your figures of 2025-Q2 no longer meet Gold. Unless they do again by "
                + demotion.graceUntil() + ", the vendor may move you to Silver.", own.proposalText());
        assertEquals("Gold", own.currentTier());
        assertEquals("Platinum", own.nextTier());

        ProposalView rejected = as(admin, () -> tiers.reject(demotion.proposalId(), demotion.version(),
                "Big renewal signed in July"));
        assertEquals(ProposalStatus.REJECTED, rejected.status());
        assertEquals("Gold v1", as(admin, () -> tierProbe.approvedTier("mid")));
        // recomputing the quarter (the button, the nightly refresh) does not ask again what was refused
        as(admin, () -> segmentation.recompute(Q2));
        assertNull(pendingOf(mid), "the rejected demotion came back");
    }

    @Test
    void withNoGracePeriodADemotionCanBeApprovedAtOnce() {
        Settings settings = as(admin, () -> programSettings.settings());
        assertEquals(-1, settings.version());
        as(admin, () -> programSettings.saveSettings(10, 20, new BigDecimal("5000"), 0, -1));
        as(admin, () -> segmentation.recompute(Q2));
        ProposalView demotion = pendingOf(mid);
        assertEquals(ProgramCalendar.today(), demotion.graceUntil());
        as(admin, () -> tiers.approve(demotion.proposalId(), demotion.version(), "Revenue fell below Gold"));
        assertEquals("Silver v1", as(admin, () -> tierProbe.approvedTier("mid")));
    }

    @Test
    void aNewLadderVersionKeepsPastAssignmentsAndMeasuresEligibilityOnTheNewRules() {
        as(admin, () -> {
            tierProbe.approve("big", "Gold");
        });
        RefusedException stale = assertThrows(RefusedException.class,
                () -> as(admin, () -> tiers.publishLadder(ladder("300000"), 0)));
        assertTrue(stale.getMessage().startsWith("Someone published a new version"), stale.getMessage());
        assertEquals(2, as(admin, () -> tiers.publishLadder(ladder("300000"), 1)));
        assertEquals(2, as(admin, () -> tiers.ladderVersion()));
        assertEquals("Gold v1", as(admin, () -> tierProbe.approvedTier("big")));

        TierProgressView view = as(admin, () -> progress.progress(big));
        assertEquals(1, view.approvedUnderLadderVersion());
        assertEquals(2, view.ladderVersion());

        as(admin, () -> segmentation.recompute(Q2));
        assertEquals("Silver", as(admin, () -> standings.standing(big, Q2)).eligibleTier());
        ProposalView demotion = pendingOf(big);
        assertEquals("Demotion Gold → Silver", demotion.text());
    }

    @Test
    void badLaddersAndSettingsAreRefusedAndChangeNothing() {
        assertEquals("Tier 2: the name silver is used twice.", assertThrows(RefusedException.class, () -> as(admin,
                () -> tiers.publishLadder(List.of(new TierDraft("Silver", "", Map.of()),
                        new TierDraft("silver", "", Map.of())), 1))).getMessage());
        assertEquals("Tier 1 (Gold): enablement completion is at most 100%.", assertThrows(RefusedException.class,
                () -> as(admin, () -> tiers.publishLadder(List.of(new TierDraft("Gold", "", Map.of(
                        CriterionMeasure.ENABLEMENT_COMPLETION, new BigDecimal("1.5")))), 1))).getMessage());
        assertEquals(1, as(admin, () -> tiers.ladderVersion()));
        assertEquals("The strategic and growth shares must be 0 to 100 percent together.",
                assertThrows(RefusedException.class, () -> as(admin,
                        () -> programSettings.saveSettings(60, 50, new BigDecimal("5000"), 90, -1))).getMessage());
        as(admin, () -> programSettings.saveSettings(20, 20, new BigDecimal("1000"), 30, -1));
        assertTrue(assertThrows(RefusedException.class, () -> as(admin,
                () -> programSettings.saveSettings(10, 20, new BigDecimal("5000"), 90, -1))).getMessage()
                .startsWith("Someone changed the segment settings"));
        Settings saved = as(admin, () -> programSettings.settings());
        assertEquals("20 20 1000.00 30", saved.strategicPercent() + " " + saved.growthPercent() + " "
                + saved.longTailThreshold() + " " + saved.demotionGraceDays());
    }

    @Test
    void aVendorsReviewFormatChangesWhatItsPartnersAreTold() {
        as(admin, () -> segmentation.recompute(Q2));
        ReviewFormats.Format growth = as(admin, () -> reviewFormats.formats()).stream()
                .filter(f -> f.segment() == Segment.GROWTH).findFirst().orElseThrow();
        assertEquals(-1, growth.version(), "the default until the vendor edits it");
        assertEquals("The meeting length must be 0 to 480 minutes.", assertThrows(RefusedException.class, () -> as(admin,
                () -> reviewFormats.saveFormat(Segment.GROWTH, ReviewCadence.MONTHLY_PROGRAM_REVIEW, 600, "x", "y", -1)))
                .getMessage());
        as(admin, () -> reviewFormats.saveFormat(Segment.GROWTH, ReviewCadence.MONTHLY_PROGRAM_REVIEW, 30,
                "monthly growth clinic", "office hours on request", -1));
        assertTrue(assertThrows(RefusedException.class, () -> as(admin, () -> reviewFormats.saveFormat(Segment.GROWTH,
                ReviewCadence.QUARTERLY_QBR, 45, "QBR", "ad-hoc", -1))).getMessage()
                .startsWith("Someone changed the growth format"));
        assertThrows(AccessDeniedException.class, () -> as(manager, () -> reviewFormats.saveFormat(Segment.GROWTH,
                ReviewCadence.QUARTERLY_QBR, 45, "QBR", "ad-hoc", 0)));
        assertEquals("Join the monthly program review on "
                        + new ProgramReviewDay(WeekOfMonth.FIRST, DayOfWeek.TUESDAY).next(ProgramCalendar.today())
                        + ": monthly growth clinic, and office hours on request.",
                as(midAdmin, () -> progress.ownProgress()).segmentMeaning());
        // the other vendor keeps the defaults
        assertEquals(-1, as(otherAdmin, () -> reviewFormats.formats()).stream()
                .filter(f -> f.segment() == Segment.GROWTH).findFirst().orElseThrow().version());
    }

    @Test
    void anOverrideKeepsItsReasonInTheHistoryAndSurvivesARecompute() {
        as(admin, () -> segmentation.recompute(Q2.previous()));
        as(admin, () -> segmentation.recompute(Q2));
        StandingView seen = as(admin, () -> standings.standing(small, Q2));
        assertEquals("Say why the segment is overridden.", assertThrows(RefusedException.class, () -> as(admin,
                () -> standings.override(small, Q2, Segment.GROWTH, "", seen.version()))).getMessage());
        StandingView past = as(admin, () -> standings.standing(small, Q2.previous()));
        assertEquals("Only the current standing (2025-Q2) can be overridden; the segment of 2025-Q1 is history.",
                assertThrows(RefusedException.class, () -> as(admin, () -> standings.override(small, Q2.previous(),
                        Segment.GROWTH, "back-dated", past.version()))).getMessage());
        as(admin, () -> standings.override(small, Q2, Segment.GROWTH, "New regional distributor", seen.version()));
        assertThrows(RefusedException.class, () -> as(admin,
                () -> standings.override(small, Q2, Segment.TAIL, "stale", seen.version())));
        as(admin, () -> segmentation.recompute(Q2));
        StandingView after = as(admin, () -> standings.standing(small, Q2));
        assertEquals("LONG_TAIL GROWTH GROWTH New regional distributor ada", after.computedSegment() + " "
                + after.overrideSegment() + " " + after.effectiveSegment() + " " + after.overrideReason() + " "
                + after.overriddenBy());
        // Q1 had no scorecards: everyone was long-tail
        assertEquals("Partner big moved long-tail → strategic in 2025-Q2; Partner mid moved long-tail → growth in 2025-Q2;"
                        + " Partner small moved long-tail → growth in 2025-Q2",
                as(admin, () -> standings.movements(Q2)).stream().map(m -> m.partnerName() + " " + m.text())
                        .collect(Collectors.joining("; ")));
        assertEquals("moved long-tail → growth in 2025-Q2", as(midAdmin, () -> progress.ownProgress()).lastMovement());
    }

    @Test
    void theProgramReviewDayIsTheVendorsSettingAndItsPartnersAreInvitedToIt() {
        as(admin, () -> segmentation.recompute(Q2));
        as(admin, () -> reviewFormats.saveFormat(Segment.GROWTH, ReviewCadence.MONTHLY_PROGRAM_REVIEW, 30,
                "monthly growth clinic", "office hours on request", -1));
        Settings defaults = as(admin, () -> programSettings.settings());
        assertEquals(new ProgramReviewDay(WeekOfMonth.FIRST, DayOfWeek.TUESDAY), defaults.programReviewDay());
        assertEquals("The monthly program review is held on a weekday, Monday to Friday.", assertThrows(
                RefusedException.class, () -> as(admin, () -> programSettings.saveProgramReviewDay(WeekOfMonth.LAST,
                        DayOfWeek.SATURDAY, -1))).getMessage());
        assertThrows(AccessDeniedException.class, () -> as(manager, () -> programSettings.saveProgramReviewDay(
                WeekOfMonth.LAST, DayOfWeek.FRIDAY, -1)));
        assertEquals(-1, as(admin, () -> programSettings.settings()).version(), "nothing saved");

        Settings saved = as(admin, () -> programSettings.saveProgramReviewDay(WeekOfMonth.LAST, DayOfWeek.FRIDAY, -1));
        ProgramReviewDay lastFriday = new ProgramReviewDay(WeekOfMonth.LAST, DayOfWeek.FRIDAY);
        assertEquals(lastFriday, saved.programReviewDay());
        Settings reread = as(admin, () -> programSettings.settings());
        assertEquals("10 20 5000.00 90", reread.strategicPercent() + " " + reread.growthPercent() + " "
                + reread.longTailThreshold() + " " + reread.demotionGraceDays(),
                "the segment settings keep their defaults");
        assertEquals("Someone changed the program settings since you opened them; reload and try again.",
                assertThrows(RefusedException.class, () -> as(admin, () -> programSettings.saveProgramReviewDay(
                        WeekOfMonth.SECOND, DayOfWeek.MONDAY, -1))).getMessage());
        assertTrue(assertThrows(RefusedException.class, () -> as(admin, () -> programSettings.saveSettings(10, 20,
                new BigDecimal("5000"), 90, -1))).getMessage().startsWith("Someone changed the segment settings"),
                "one version for the vendor's settings: a save based on the defaults is stale now");
        assertEquals(lastFriday, as(admin, () -> programSettings.settings()).programReviewDay());
        assertEquals("Join the monthly program review on " + lastFriday.next(ProgramCalendar.today())
                        + ": monthly growth clinic, and office hours on request.",
                as(midAdmin, () -> progress.ownProgress()).segmentMeaning());
        // the other vendor keeps the first Tuesday
        assertEquals(new ProgramReviewDay(WeekOfMonth.FIRST, DayOfWeek.TUESDAY),
                as(otherAdmin, () -> programSettings.settings()).programReviewDay());
    }

    @Test
    void anotherVendorCanNeitherSeeNorChangeThisVendorsStandingsOrProposals() {
        as(admin, () -> segmentation.recompute(Q2));
        as(otherAdmin, () -> segmentation.recompute(Q2));
        ProposalView promotion = pendingOf(big);
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> standings.standing(big, Q2)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> progress.progress(big)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> standings.override(big, Q2, Segment.TAIL,
                "hostile", 0)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> tiers.approve(promotion.proposalId(),
                promotion.version(), "hostile")));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> tiers.reject(promotion.proposalId(),
                promotion.version(), "hostile")));
        assertEquals(ProposalStatus.PENDING, pendingOf(big).status());
        // the other vendor's huge quarter ranks only its own partner, and its ladder versions are its own
        assertEquals("1 STRATEGIC Registered 9000000", line(as(otherAdmin, () -> standings.standing(othersBig, Q2))));
        assertEquals(1, as(otherAdmin, () -> standings.segmentsAndTiers(Q2)).stream()
                .mapToLong(StandingService.SegmentTierCount::partners).sum());
        assertEquals(4, as(admin, () -> standings.segmentsAndTiers(Q2)).stream()
                .mapToLong(StandingService.SegmentTierCount::partners).sum());
        assertEquals(1, as(otherAdmin, () -> tiers.ladderVersion()));
        assertTrue(as(otherAdmin, () -> tiers.pendingProposals()).stream().noneMatch(p -> p.partnerId() == big));
    }

    @Test
    void aPartnerUserSeesOnlyItsOwnStandingAndChangesNothing() {
        as(admin, () -> segmentation.recompute(Q2));
        ProposalView promotion = pendingOf(big);
        assertEquals("mid", as(midAdmin, () -> progress.ownProgress()).partnerName().replace("Partner ", ""));
        assertEquals(Segment.GROWTH, as(midAdmin, () -> standings.standing(mid, Q2)).effectiveSegment());
        assertThrows(NotFoundException.class, () -> as(midAdmin, () -> progress.progress(big)));
        assertThrows(NotFoundException.class, () -> as(midAdmin, () -> standings.standing(big, Q2)));
        assertThrows(NotFoundException.class, () -> as(midAdmin, () -> standings.history(big)));
        assertThrows(NotFoundException.class, () -> as(midAdmin, () -> tiers.pendingProposal(big)));
        assertThrows(AccessDeniedException.class, () -> as(midAdmin, () -> tiers.pendingProposals()));
        assertThrows(AccessDeniedException.class, () -> as(midAdmin, () -> standings.movements(Q2)));
        assertThrows(AccessDeniedException.class, () -> as(midAdmin, () -> programSettings.settings()));
        assertThrows(AccessDeniedException.class, () -> as(midAdmin, () -> segmentation.recompute(Q2)));
        assertThrows(AccessDeniedException.class, () -> as(midAdmin, () -> tiers.approve(promotion.proposalId(),
                promotion.version(), "self-service")));
        assertThrows(AccessDeniedException.class, () -> as(midAdmin, () -> standings.override(mid, Q2,
                Segment.STRATEGIC, "please", 0)));
        assertThrows(AccessDeniedException.class, () -> as(midAdmin, () -> tiers.publishLadder(ladder("1"), 1)));
        assertEquals(ProposalStatus.PENDING, pendingOf(big).status());
    }

    @Test
    void partnerManagersReadTheProgramButOnlyVendorAdminsChangeIt() {
        as(manager, () -> segmentation.recompute(Q2));
        ProposalView promotion = pendingOf(big);
        assertEquals(3, as(manager, () -> tiers.pendingProposals()).size());
        assertThrows(AccessDeniedException.class, () -> as(manager, () -> tiers.approve(promotion.proposalId(),
                promotion.version(), "manager")));
        assertThrows(AccessDeniedException.class, () -> as(manager, () -> programSettings.saveSettings(10, 20,
                BigDecimal.TEN, 90, -1)));
        assertThrows(AccessDeniedException.class, () -> as(manager, () -> tiers.publishLadder(ladder("1"), 1)));
        StandingView seen = as(manager, () -> standings.standing(small, Q2));
        assertThrows(AccessDeniedException.class, () -> as(manager, () -> standings.override(small, Q2,
                Segment.GROWTH, "manager", seen.version())));
        assertNull(as(manager, () -> standings.standing(small, Q2)).overrideSegment());
    }

    private String proposals() {
        return as(admin, () -> tiers.pendingProposals()).stream().map(p -> p.partnerName() + ": " + p.text())
                .sorted().collect(Collectors.joining("; "));
    }

    private ProposalView pendingOf(long partnerId) {
        return as(admin, () -> tiers.pendingProposal(partnerId));
    }

    private static String line(StandingView s) {
        return s.rank() + " " + s.effectiveSegment() + " " + s.eligibleTier() + " "
                + s.trailingRevenue().stripTrailingZeros().toPlainString();
    }
}
