package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerDetails;
import com.partnerqbr.portal.partner.PartnerRegistry;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.segment.ScorecardOverviewService.OverviewFilter;
import com.partnerqbr.portal.program.segment.ScorecardOverviewService.ScorecardSummary;
import com.partnerqbr.portal.program.segment.ScorecardOverviewService;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.scorecard.Flag;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.ScorecardService.FigureView;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardPage;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.ScorecardStatus;
import com.partnerqbr.portal.scorecard.StuckDeals;
import com.partnerqbr.portal.scorecard.TalkingPoint;
import com.partnerqbr.portal.scorecard.definition.MetricDefinition;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService;
import com.partnerqbr.portal.scorecard.dispute.Dispute;
import com.partnerqbr.portal.scorecard.dispute.DisputeService;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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
 * Scorecards in the real server against the real database, on hand-built data with known
 * answers: the refresh's figures and talking points, freezing, definition versions, the
 * overview's filters, disputes, and every access rule attacked from another vendor and
 * from another partner.
 */
@ExtendWith(ArquillianExtension.class)
class ScorecardIT {

    private static final Quarter Q2 = Quarter.parse("2025-Q2");

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("scorecard-it", ScorecardIT.class, ProgramDataProbe.class);
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private ScorecardOverviewService overview;

    @EJB
    private MetricDefinitionService definitions;

    @EJB
    private DisputeService disputes;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private PartnerService partners;

    @EJB
    private PartnerRegistry registry;

    private String vendor;
    private String other;
    private Caller admin;
    private Caller otherAdmin;
    private Caller resellerAdmin;
    private Caller labsUser;
    private long reseller;
    private long labs;

    /** A fresh vendor with a reseller having a bad Q2 and a technology partner with no data; and a second vendor. */
    @BeforeEach
    void program() {
        TwoVendors two = TwoVendors.register(vendors, "sc", "Scorecard vendor");
        vendor = two.vendor();
        other = two.other();
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        otherAdmin = two.otherAdmin();
        resellerAdmin = two.partnerUser("rita", "reseller", Role.PARTNER_ADMIN);
        labsUser = two.partnerUser("leo", "labs", Role.PARTNER_USER);
        reseller = as(admin, () -> data.partner("reseller", PartnerType.RESELLER));
        labs = as(admin, () -> data.partner("labs", PartnerType.TECHNOLOGY));
        as(otherAdmin, () -> data.partner("reseller", PartnerType.RESELLER));
        as(admin, () -> {
            data.target("reseller", Q2, 100_000);
            data.target("reseller", Q2.next(), 40_000);
            data.closed("won-1", "reseller", 40_000, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 5, 10));
            data.closed("won-2", "reseller", 20_000, DealOrigin.INFLUENCED, DealStage.WON, LocalDate.of(2025, 6, 1));
            data.closed("lost-1", "reseller", 30_000, DealOrigin.SOURCED, DealStage.LOST, LocalDate.of(2025, 4, 20));
            data.closed("lost-2", "reseller", 25_000, DealOrigin.SOURCED, DealStage.LOST, LocalDate.of(2025, 6, 20));
            data.closed("q1-won", "reseller", 100_000, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 2, 1));
            data.open("open-stuck", "reseller", 50_000, DealStage.PROPOSE, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1));
            data.open("open-fresh", "reseller", 30_000, DealStage.QUALIFY, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 20));
        });
        // the other vendor has a huge quarter for its own partner of the same code
        as(otherAdmin, () -> {
            data.closed("won-1", "reseller", 9_000_000, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 5, 10));
        });
    }

    @Test
    void aRefreshOfManyChunksGivesEveryPartnerItsOwnFigures() {
        // 2,500 more partners: three chunks of 1,000 written in two parallel lanes
        as(admin, () -> {
            data.partnersWithOneWin("many", 2_500, LocalDate.of(2025, 5, 15));
        });
        ScorecardService.RefreshSummary first = as(admin, () -> scorecards.refresh(Q2));
        assertEquals(2_502, first.created());
        Map<String, BigDecimal> revenue = as(admin, () -> data.figures(Q2, Metric.ATTRIBUTED_REVENUE));
        for (int i = 0; i < 2_500; i++) {
            String code = String.format("many-%04d", i);
            assertEquals(0, BigDecimal.valueOf(1_000 + i).compareTo(revenue.get(code)), code + ": " + revenue.get(code));
        }
        ScorecardService.RefreshSummary again = as(admin, () -> scorecards.refresh(Q2));
        assertEquals(0, again.created());
        assertEquals(2_502, again.refreshed());
        assertEquals(2_502L, as(admin, () -> data.scorecardCount()));
        // the other vendor's one partner was not touched
        assertEquals(0L, as(otherAdmin, () -> data.scorecardCount()));
    }

    @Test
    void refreshComputesTheFiguresAndTalkingPointsFromTheData() {
        ScorecardService.RefreshSummary summary = as(admin, () -> scorecards.refresh(Q2));
        assertEquals(2, summary.created());
        ScorecardView card = as(admin, () -> scorecards.view(reseller, Q2));
        assertEquals(ScorecardStatus.DRAFT, card.status());
        assertValue(card, Metric.ATTRIBUTED_REVENUE, "60000");
        assertEquals(0, new BigDecimal("100000").compareTo(figure(card, Metric.ATTRIBUTED_REVENUE).target()));
        assertValue(card, Metric.REVENUE_GROWTH, "-0.40");
        assertValue(card, Metric.AVERAGE_DEAL_SIZE, "30000");
        assertValue(card, Metric.OPEN_PIPELINE, "80000");
        assertValue(card, Metric.PIPELINE_COVERAGE, "2.00");
        assertValue(card, Metric.WIN_RATE, "0.50");
        assertValue(card, Metric.STUCK_DEALS, "1");
        assertEquals("2 open deals: Qualify 1 · Develop 0 · Propose 1 · Negotiate 0", figure(card, Metric.OPEN_PIPELINE).detail());
        assertEquals(List.of(
                "Revenue at 60% of target ($60,000 of $100,000).",
                "Revenue down 40% QoQ ($100,000 to $60,000).",
                "Coverage 2x — below 3x.",
                "1 deal stuck ≥ 30 days.",
                "One deal is 67% of the quarter's won revenue ($40,000 of $60,000)."),
                card.talkingPoints().stream().map(TalkingPoint::getSentence).toList());
        assertTrue(card.figures().stream().allMatch(f -> f.definitionVersion() == 1));
        // the trend shows this quarter last, with no earlier scorecards yet
        assertEquals(List.of(Quarter.parse("2024-Q3"), Quarter.parse("2024-Q4"), Quarter.parse("2025-Q1"), Q2),
                card.trendQuarters());
        assertEquals(Arrays.asList(null, null, null, new BigDecimal("60000.0000")),
                figure(card, Metric.ATTRIBUTED_REVENUE).trend());

        ScorecardView labsCard = as(admin, () -> scorecards.view(labs, Q2));
        assertEquals(10, labsCard.figures().size());
        assertNull(figure(labsCard, Metric.WIN_RATE).value());
        assertEquals(List.of(), labsCard.talkingPoints());
    }

    @Test
    void aFrozenScorecardKeepsItsFiguresThroughNewDataAndNewDefinitions() {
        as(admin, () -> scorecards.refresh(Q2));
        long seen = as(admin, () -> scorecards.view(reseller, Q2)).version();
        ScorecardView frozen = as(admin, () -> scorecards.freeze(reseller, Q2, seen));
        assertEquals(ScorecardStatus.FROZEN, frozen.status());
        assertEquals("ada", frozen.frozenBy());

        MetricDefinition halfInfluenced = as(admin, () -> definitions.publish(Metric.ATTRIBUTED_REVENUE, 1,
                "Attributed revenue", "Sourced plus half of influenced", "CRM", new BigDecimal("0.50"), "Half weight"));
        assertEquals(2, halfInfluenced.getDefinitionVersion());
        as(resellerAdmin, () -> {
            definitions.agree(halfInfluenced.getId());
            data.closed("won-late", "reseller", 80_000, DealOrigin.INFLUENCED, DealStage.WON, LocalDate.of(2025, 6, 25));
        });
        ScorecardService.RefreshSummary again = as(admin, () -> scorecards.refresh(Q2));
        assertEquals(1, again.frozenKept());
        assertEquals(1, again.refreshed());

        ScorecardView stillFrozen = as(admin, () -> scorecards.view(reseller, Q2));
        assertValue(stillFrozen, Metric.ATTRIBUTED_REVENUE, "60000");
        assertEquals(1, figure(stillFrozen, Metric.ATTRIBUTED_REVENUE).definitionVersion());
        assertEquals(frozen.talkingPoints(), stillFrozen.talkingPoints());

        // the next quarter's scorecard uses the agreed version 2; a partner that did not agree stays on version 1
        as(admin, () -> scorecards.refresh(Q2.next()));
        assertEquals(2, figure(as(admin, () -> scorecards.view(reseller, Q2.next())), Metric.ATTRIBUTED_REVENUE)
                .definitionVersion());
        assertEquals(1, figure(as(admin, () -> scorecards.view(labs, Q2.next())), Metric.ATTRIBUTED_REVENUE)
                .definitionVersion());

        RefusedException twice = assertThrows(RefusedException.class, () -> as(admin,
                () -> scorecards.freeze(reseller, Q2, stillFrozen.version())));
        assertTrue(twice.getMessage().contains("frozen already by ada"), twice.getMessage());
    }

    @Test
    void aStaleFreezeAndAStaleDefinitionEditAreRefused() {
        as(admin, () -> scorecards.refresh(Q2));
        long seen = as(admin, () -> scorecards.view(reseller, Q2)).version();
        as(admin, () -> {
            data.closed("won-late", "reseller", 5_000, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 6, 2));
            return scorecards.refresh(Q2);
        });
        assertThrows(RefusedException.class, () -> as(admin, () -> scorecards.freeze(reseller, Q2, seen)));
        assertEquals(ScorecardStatus.DRAFT, as(admin, () -> scorecards.view(reseller, Q2)).status());

        as(admin, () -> definitions.publish(Metric.STUCK_DEALS, 1, "Stuck deals", "45 days", "CRM",
                new BigDecimal("45"), "Longer cycles"));
        RefusedException stale = assertThrows(RefusedException.class, () -> as(admin, () -> definitions.publish(
                Metric.STUCK_DEALS, 1, "Stuck deals", "60 days", "CRM", new BigDecimal("60"), "Even longer")));
        assertTrue(stale.getMessage().contains("at version 2 now"), stale.getMessage());
    }

    @Test
    void aRefreshThatChangesNoFigureStillMovesTheRefreshTimeAndTheVersion() {
        as(admin, () -> scorecards.refresh(Q2));
        ScorecardView before = as(admin, () -> scorecards.view(reseller, Q2));
        ScorecardService.RefreshSummary again = as(admin, () -> scorecards.refresh(Q2));
        assertEquals(2, again.refreshed());
        assertEquals(0, again.created());
        ScorecardView after = as(admin, () -> scorecards.view(reseller, Q2));
        assertEquals(before.version() + 1, after.version());
        assertTrue(after.refreshedAt().isAfter(before.refreshedAt()), before.refreshedAt() + " -> " + after.refreshedAt());
        assertEquals(before.figures().stream().map(FigureView::figureId).toList(),
                after.figures().stream().map(FigureView::figureId).toList());
        assertValue(after, Metric.ATTRIBUTED_REVENUE, "60000");
        assertEquals(before.talkingPoints(), after.talkingPoints());
        // a freeze against the version seen before the refresh is refused, against the new one it works
        assertThrows(RefusedException.class, () -> as(admin, () -> scorecards.freeze(reseller, Q2, before.version())));
        assertEquals(ScorecardStatus.FROZEN, as(admin, () -> scorecards.freeze(reseller, Q2, after.version())).status());
    }

    @Test
    void talkingPointsThatWentAwayAreGoneAfterTheNextRefresh() {
        as(admin, () -> scorecards.refresh(Q2));
        OverviewFilter belowTarget = new OverviewFilter(null, null, null, Flag.BELOW_TARGET, null);
        assertEquals(1, as(admin, () -> overview.count(Q2, belowTarget)));
        as(admin, () -> {
            data.closed("won-big", "reseller", 30_000, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 6, 5));
            return scorecards.refresh(Q2);
        });
        ScorecardView card = as(admin, () -> scorecards.view(reseller, Q2));
        assertValue(card, Metric.ATTRIBUTED_REVENUE, "90000");
        // 90% of target, -10% QoQ, the largest deal under half of the quarter: three flags fewer, two kept
        assertEquals(List.of("Coverage 2x — below 3x.", "1 deal stuck ≥ 30 days."),
                card.talkingPoints().stream().map(TalkingPoint::getSentence).toList());
        assertEquals(0, as(admin, () -> overview.count(Q2, belowTarget)));
        assertEquals(1, as(admin, () -> overview.count(Q2, new OverviewFilter(null, null, null, Flag.STUCK_DEALS, null))));
    }

    @Test
    void theOverviewFiltersByFlagTypeAndSegment() {
        as(admin, () -> scorecards.refresh(Q2));
        OverviewFilter lowCoverage = new OverviewFilter(null, null, null, Flag.LOW_COVERAGE, null);
        List<ScorecardSummary> flagged = as(admin,
                () -> overview.overview(Q2, lowCoverage, "partner", true, 0, 10));
        assertEquals(List.of("Partner reseller"), flagged.stream().map(ScorecardSummary::partnerName).toList());
        assertEquals(0, new BigDecimal("60000").compareTo(flagged.get(0).revenue()));
        assertEquals(1, as(admin, () -> overview.count(Q2, lowCoverage)));
        assertTrue(flagged.get(0).concerns().stream().anyMatch(t -> t.getFlag() == Flag.LOW_COVERAGE));
        // every row shows its own scorecard's concerns, in the scorecard's order
        for (ScorecardSummary row : as(admin, () -> overview.overview(Q2, OverviewFilter.none(), "partner", true, 0, 10))) {
            ScorecardView card = as(admin, () -> scorecards.view(row.partnerId(), Q2));
            assertEquals(card.talkingPoints().stream().filter(t -> t.getFlag().isConcern()).toList(), row.concerns(),
                    row.partnerName());
        }
        OverviewFilter technology = new OverviewFilter(null, PartnerType.TECHNOLOGY, null, null, null);
        assertEquals(List.of("Partner labs"), as(admin, () -> overview.overview(Q2, technology, "health", false, 0, 10))
                .stream().map(ScorecardSummary::partnerName).toList());
        // the reseller's $60,000 ranks it first of two: strategic; the partner without revenue is long-tail
        as(admin, () -> segmentation.recompute(Q2));
        OverviewFilter strategic = new OverviewFilter(null, null, null, null, Segment.STRATEGIC);
        assertEquals(List.of("Partner reseller"), as(admin, () -> overview.overview(Q2, strategic, "partner", true, 0, 10))
                .stream().map(ScorecardSummary::partnerName).toList());
        OverviewFilter longTail = new OverviewFilter(null, null, null, null, Segment.LONG_TAIL);
        assertEquals(1, as(admin, () -> overview.count(Q2, longTail)));
    }

    @Test
    void anotherVendorNeitherSeesNorChangesTheseScorecards() {
        as(admin, () -> scorecards.refresh(Q2));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> scorecards.view(reseller, Q2)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> scorecards.freeze(reseller, Q2, 1)));
        assertEquals(0, as(otherAdmin, () -> overview.count(Q2, OverviewFilter.none())));
        ScorecardService.RefreshSummary theirs = as(otherAdmin, () -> scorecards.refresh(Q2));
        assertEquals(1, theirs.created());
        assertEquals(2, as(admin, () -> data.scorecardCount()));
        // their 9,000,000 deal is theirs alone
        assertValue(as(admin, () -> scorecards.view(reseller, Q2)), Metric.ATTRIBUTED_REVENUE, "60000");
        long figureId = figure(as(admin, () -> scorecards.view(reseller, Q2)), Metric.WIN_RATE).figureId();
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> disputes.raise(figureId, "mine?")));
    }

    @Test
    void aPartnerUserSeesOnlyItsOwnScorecardAndCannotRefreshOrFreeze() {
        as(admin, () -> scorecards.refresh(Q2));
        assertEquals("Partner reseller", as(resellerAdmin, () -> scorecards.ownView(Q2)).partnerName());
        assertEquals("Partner labs", as(labsUser, () -> scorecards.ownView(Q2)).partnerName());
        assertThrows(NotFoundException.class, () -> as(labsUser, () -> scorecards.view(reseller, Q2)));
        assertThrows(AccessDeniedException.class, () -> as(resellerAdmin, () -> scorecards.refresh(Q2)));
        assertThrows(AccessDeniedException.class, () -> as(resellerAdmin, () -> scorecards.freeze(reseller, Q2, 1)));
        assertThrows(AccessDeniedException.class, () -> as(labsUser,
                () -> overview.overview(Q2, OverviewFilter.none(), "partner", true, 0, 10)));
        Caller executive = new Caller("eve", vendor, null, Set.of(Role.EXECUTIVE));
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> scorecards.refresh(Q2)));
    }

    @Test
    void disputesAreSeenByBothSidesOfThatPartnerOnlyAndNeverChangeTheFigure() {
        as(admin, () -> scorecards.refresh(Q2));
        FigureView winRate = figure(as(resellerAdmin, () -> scorecards.ownView(Q2)), Metric.WIN_RATE);
        Dispute raised = as(resellerAdmin, () -> disputes.raise(winRate.figureId(), "Lost-2 was a pricing desk loss"));
        assertEquals(0, new BigDecimal("0.5").compareTo(raised.getValueWhenRaised()));
        assertThrows(NotFoundException.class, () -> as(labsUser, () -> disputes.raise(winRate.figureId(), "not ours")));
        assertEquals(List.of(), as(labsUser, () -> disputes.list()));
        assertEquals(List.of("Lost-2 was a pricing desk loss"),
                as(admin, () -> disputes.list()).stream().map(Dispute::getComment).toList());
        assertEquals(List.of(), as(otherAdmin, () -> disputes.list()));
        assertThrows(NotFoundException.class, () -> as(labsUser, () -> disputes.resolve(raised.getId(), "done")));
        Caller resellerSeller = new Caller("sid", vendor, "reseller", Set.of(Role.PARTNER_USER));
        assertThrows(AccessDeniedException.class, () -> as(resellerSeller, () -> disputes.resolve(raised.getId(), "done")));
        // the partner's admin asked: it does not answer its own question, the vendor does
        assertThrows(AccessDeniedException.class, () -> as(resellerAdmin, () -> disputes.resolve(raised.getId(), "fine now")));
        assertEquals(List.of(false, true), List.of(as(resellerAdmin, () -> disputes.mayResolve(raised)),
                as(admin, () -> disputes.mayResolve(raised))));
        Dispute own = as(admin, () -> disputes.raise(winRate.figureId(), "vendor-side check of Lost-2"));
        assertEquals("you raised this question; someone else on the vendor's side answers it",
                assertThrows(RefusedException.class, () -> as(admin, () -> disputes.resolve(own.getId(), "checked")))
                        .getMessage());
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> disputes.resolve(raised.getId(), "done")));
        Dispute resolved = as(admin, () -> disputes.resolve(raised.getId(), "Agreed: excluded from next quarter"));
        assertEquals("ada", resolved.getResolvedBy());
        assertThrows(RefusedException.class, () -> as(admin, () -> disputes.resolve(raised.getId(), "again")));
        assertValue(as(admin, () -> scorecards.view(reseller, Q2)), Metric.WIN_RATE, "0.50");
    }

    @Test
    void onlyThePartnersAdminAnswersADefinitionAndOnlyForItself() {
        MetricDefinition v2 = as(admin, () -> definitions.publish(Metric.PIPELINE_COVERAGE, 1, "Pipeline coverage",
                "Open pipeline / next quarter's target, floor 2.5x", "CRM", new BigDecimal("2.50"), "Lower floor"));
        assertThrows(AccessDeniedException.class, () -> as(labsUser, () -> definitions.agree(v2.getId())));
        assertThrows(NotFoundException.class, () -> as(new Caller("x", other, "reseller", Set.of(Role.PARTNER_ADMIN)),
                () -> definitions.agree(v2.getId())));
        as(resellerAdmin, () -> {
            definitions.question(v2.getId(), "Why 2.5x?");
        });
        MetricDefinitionService.PartnerDefinition coverage = as(resellerAdmin, () -> definitions.forOwnPartner()).stream()
                .filter(d -> d.newest().getMetric() == Metric.PIPELINE_COVERAGE).findFirst().orElseThrow();
        assertEquals(1, coverage.inForce().getDefinitionVersion());
        assertTrue(coverage.isAwaitingAgreement());
        assertEquals("Why 2.5x?", coverage.answer().getQuestion());
    }

    @Test
    void theScorecardPageListsTheDealsStuckByTheAgeInForceForThatPartnerOnly() {
        LocalDate today = ProgramCalendar.today();
        as(admin, () -> {
            data.open("stuck-40", "reseller", 10_000, DealStage.DEVELOP, today.minusDays(60), today.minusDays(40));
            data.open("stuck-20", "reseller", 20_000, DealStage.NEGOTIATE, today.minusDays(60), today.minusDays(20));
            data.open("labs-20", "labs", 5_000, DealStage.DEVELOP, today.minusDays(60), today.minusDays(20));
        });
        as(admin, () -> scorecards.refresh(Q2));
        ScorecardPage atVersionOne = as(resellerAdmin, () -> scorecards.ownPage(null));
        assertEquals(List.of(Q2), atVersionOne.quarters());
        assertEquals(Q2, atVersionOne.scorecard().quarter());
        assertEquals(30, atVersionOne.stuck().stuckAfterDays());
        assertEquals(List.of("open-stuck", "open-fresh", "stuck-40"), stuckIds(atVersionOne));
        assertEquals(40, atVersionOne.stuck().deals().get(2).days());

        MetricDefinition v2 = as(admin, () -> definitions.publish(Metric.STUCK_DEALS, 1, "Stuck deals",
                "Open deals in one stage for 15 days or more", "CRM", new BigDecimal("15"), "Shorter cycle"));
        // published but not yet agreed: still version 1's 30 days
        assertEquals(30, as(resellerAdmin, () -> scorecards.ownPage(Q2)).stuck().stuckAfterDays());
        as(resellerAdmin, () -> definitions.agree(v2.getId()));
        ScorecardPage agreed = as(admin, () -> scorecards.page(reseller, Q2));
        assertEquals(15, agreed.stuck().stuckAfterDays());
        assertEquals(List.of("open-stuck", "open-fresh", "stuck-40", "stuck-20"), stuckIds(agreed));
        assertEquals(agreed.stuck(), as(resellerAdmin, () -> scorecards.ownPage(Q2)).stuck());
        // labs did not agree: 30 days, and its 20-day deal is not stuck; it never sees the reseller's deals
        ScorecardPage labsPage = as(labsUser, () -> scorecards.ownPage(null));
        assertEquals("Partner labs", labsPage.scorecard().partnerName());
        assertEquals(30, labsPage.stuck().stuckAfterDays());
        assertEquals(List.of(), stuckIds(labsPage));
        // attacked from the other partner and from the other vendor
        assertThrows(NotFoundException.class, () -> as(labsUser, () -> scorecards.page(reseller, Q2)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> scorecards.page(reseller, Q2)));
        assertThrows(NotFoundException.class, () -> as(admin, () -> scorecards.page(reseller, Q2.next())));
    }

    /**
     * A server keeps the scorecards a page read for the partner's next page (ShownScorecards);
     * whatever changes them shows on the very next page, to both sides.
     */
    @Test
    void theScorecardPageShowsEveryRefreshFreezeNewQuarterAndRenameAtOnce() {
        as(admin, () -> scorecards.refresh(Q2));
        ScorecardPage first = as(resellerAdmin, () -> scorecards.ownPage(Q2));
        assertValue(first.scorecard(), Metric.ATTRIBUTED_REVENUE, "60000");
        assertEquals(ScorecardStatus.DRAFT, first.scorecard().status());
        assertEquals(List.of(Q2), as(admin, () -> scorecards.page(reseller, null)).quarters());
        // the stamp pages key what they keep by: the same while nothing changed, for either side
        assertEquals(first.stamp(), as(admin, () -> scorecards.page(reseller, Q2)).stamp());

        // new data and a refresh: the same scorecard with a new figure
        as(admin, () -> {
            data.closed("won-late", "reseller", 5_000, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 6, 2));
            return scorecards.refresh(Q2);
        });
        ScorecardPage refreshed = as(resellerAdmin, () -> scorecards.ownPage(Q2));
        assertValue(refreshed.scorecard(), Metric.ATTRIBUTED_REVENUE, "65000");
        assertEquals(first.scorecard().version() + 1, refreshed.scorecard().version());
        assertNotEquals(first.stamp(), refreshed.stamp());

        // a freeze, seen by the partner and by the vendor
        as(admin, () -> scorecards.freeze(reseller, Q2, refreshed.scorecard().version()));
        ScorecardPage frozen = as(resellerAdmin, () -> scorecards.ownPage(Q2));
        assertEquals(ScorecardStatus.FROZEN, frozen.scorecard().status());
        assertNotEquals(refreshed.stamp(), frozen.stamp());
        assertEquals("ada", as(admin, () -> scorecards.page(reseller, Q2)).scorecard().frozenBy());

        // a new quarter's scorecard: listed, and its trend holds the frozen quarter's figure
        as(admin, () -> scorecards.refresh(Q2.next()));
        ScorecardPage next = as(resellerAdmin, () -> scorecards.ownPage(Q2.next()));
        assertEquals(List.of(Q2.next(), Q2), next.quarters());
        assertNotEquals(frozen.stamp(), next.stamp());
        assertEquals(0, new BigDecimal("65000").compareTo(figure(next.scorecard(), Metric.ATTRIBUTED_REVENUE).trend().get(2)));

        // the partner renamed by the vendor
        as(admin, () -> {
            PartnerDetails now = PartnerDetails.of(partners.find(reseller));
            return registry.change(reseller, partners.find(reseller).getVersion(), new PartnerDetails(now.code(),
                    "Reseller Renamed", now.type(), now.region(), now.joinedOn(), now.timeZone(), now.owner()));
        });
        ScorecardPage renamed = as(resellerAdmin, () -> scorecards.ownPage(Q2));
        assertEquals("Reseller Renamed", renamed.scorecard().partnerName());
        assertNotEquals(next.stamp(), renamed.stamp());
        assertEquals("Reseller Renamed", as(admin, () -> scorecards.page(reseller, Q2.next())).scorecard().partnerName());
        // the other vendor's partner of the same code and the other partner still see only their own
        assertThrows(NotFoundException.class, () -> as(labsUser, () -> scorecards.page(reseller, Q2)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> scorecards.page(reseller, Q2)));
    }

    private static List<String> stuckIds(ScorecardPage page) {
        return page.stuck().deals().stream().map(StuckDeals.StuckDeal::externalId).toList();
    }

    private static FigureView figure(ScorecardView card, Metric metric) {
        return card.figures().stream().filter(f -> f.metric() == metric).findFirst()
                .orElseThrow(() -> new AssertionError(metric + " not on the scorecard"));
    }

    private static void assertValue(ScorecardView card, Metric metric, String expected) {
        BigDecimal value = figure(card, metric).value();
        assertTrue(value != null && new BigDecimal(expected).compareTo(value) == 0, metric + ": " + value);
    }
}
