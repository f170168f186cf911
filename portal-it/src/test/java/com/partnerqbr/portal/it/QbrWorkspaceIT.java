package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.agenda.AgendaService;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.agenda.AgendaView.Section;
import com.partnerqbr.portal.review.agenda.SectionKind;
import com.partnerqbr.portal.review.agenda.TopicService;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.review.attendee.AttendeeService.AttendeeView;
import com.partnerqbr.portal.review.feedback.FeedbackService;
import com.partnerqbr.portal.review.healthcheck.HealthCheckService;
import com.partnerqbr.portal.review.healthcheck.HealthCheckService.HealthCheckView;
import com.partnerqbr.portal.review.meeting.MeetingService;
import com.partnerqbr.portal.review.meeting.MeetingService.MeetingRecord;
import com.partnerqbr.portal.review.pipeline.HelpNeeded;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService.PipelineView;
import com.partnerqbr.portal.review.preread.PreReadReaders;
import com.partnerqbr.portal.review.preread.PreReadReaders.Readers;
import com.partnerqbr.portal.review.preread.PreReadService;
import com.partnerqbr.portal.review.preread.PreReadView;
import com.partnerqbr.portal.review.winloss.WinLossService;
import com.partnerqbr.portal.review.winloss.WinLossService.WinLossView;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The QBR workspace in the real server against the real database: attendees and their warnings,
 * the agenda's rules, stale saves and topics, deadline status in the program's time zone, the
 * pre-read published and opened, win/loss and pipeline proposals from hand-built deals, the health
 * check's blind rule and gaps, feedback escalation, marking held with attendance and amendments;
 * every access rule attacked from another vendor, another partner and the roles that only read.
 */
@ExtendWith(ArquillianExtension.class)
class QbrWorkspaceIT {

    private static final Quarter CUR = ProgramCalendar.currentQuarter();
    private static final Quarter PREV = CUR.previous();

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("qbr-workspace-it", QbrWorkspaceIT.class, ProgramDataProbe.class, QbrProbe.class);
    }

    @Inject
    private CallerContext callerContext;

    @EJB
    private ProgramDataProbe data;

    @EJB
    private QbrProbe probe;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private QbrService qbrs;

    @EJB
    private ProgramClock clock;

    @EJB
    private AttendeeService attendees;

    @EJB
    private AgendaService agendas;

    @EJB
    private TopicService topics;

    @EJB
    private PreReadService preReads;

    @EJB
    private PreReadReaders readers;

    @EJB
    private HealthCheckService healthChecks;

    @EJB
    private FeedbackService feedback;

    @EJB
    private WinLossService winLoss;

    @EJB
    private PipelineReviewService pipeline;

    @EJB
    private MeetingService meeting;

    private Caller admin;
    private Caller manager;
    private Caller executive;
    private Caller otherAdmin;
    private Caller alphaAdmin;
    private Caller alphaUser;
    private Caller bravoAdmin;
    private long alpha;
    private long bravo;
    private long alphaPrevious;
    private QbrView alphas;

    /**
     * A vendor in Chicago with strategic alpha (its previous quarter's QBR held) and growth bravo;
     * alpha's QBR of this quarter in ten days at 15:00; a second vendor with its own alpha.
     */
    @BeforeEach
    void program() {
        TwoVendors two = TwoVendors.register(vendors, "ws", "Workspace vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        manager = two.staff("max", Role.PARTNER_MANAGER);
        executive = two.staff("eve", Role.EXECUTIVE);
        otherAdmin = two.otherAdmin();
        alphaAdmin = two.partnerUser("al", "alpha", Role.PARTNER_ADMIN);
        alphaUser = two.partnerUser("sam", "alpha", Role.PARTNER_USER);
        bravoAdmin = two.partnerUser("bo", "bravo", Role.PARTNER_ADMIN);
        as(admin, () -> clock.change("America/Chicago", 33));
        alpha = as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        bravo = as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        as(admin, () -> {
            probe.standing("alpha", PREV, Segment.STRATEGIC);
            probe.standing("alpha", CUR, Segment.STRATEGIC);
            probe.standing("bravo", CUR, Segment.GROWTH);
            return null;
        });
        alphaPrevious = as(admin, () -> probe.pastQbr("alpha", PREV, PREV.lastDay().minusDays(20).atTime(15, 0), true));
        alphas = as(manager, () -> qbrs.schedule(alpha, CUR,
                ProgramCalendar.today().plusDays(10).atTime(21, 0)));
        as(otherAdmin, () -> data.partner("alpha", PartnerType.RESELLER));
    }

    @Test
    void attendeesOfBothSidesWarnUntilEachSideBringsADecisionMakerAndSponsor() {
        long q = alphas.qbrId();
        assertEquals(List.of("The vendor side has no decision maker: bring someone who can commit resources.",
                        "The partner side has no decision maker: bring someone who can commit resources.",
                        "A strategic QBR has an executive sponsor on both sides; the vendor side has none.",
                        "A strategic QBR has an executive sponsor on both sides; the partner side has none."),
                as(executive, () -> attendees.attendees(q)).warnings());
        as(manager, () -> attendees.add(q, Side.VENDOR, "Max Manager", "max@vendor.example", "max", "Partner manager",
                true, false));
        as(alphaAdmin, () -> attendees.add(q, Side.PARTNER, "Al Alliance", null, "al", "Alliance manager", true, true));
        as(alphaAdmin, () -> attendees.add(q, Side.PARTNER, "Sam Seller", "sam@alpha.example", "sam", null, false,
                false));
        assertEquals(List.of("A strategic QBR has an executive sponsor on both sides; the vendor side has none."),
                as(alphaUser, () -> attendees.attendees(q)).warnings());
        assertEquals("VENDOR Max Manager, PARTNER Al Alliance, PARTNER Sam Seller", as(admin,
                () -> attendees.attendees(q)).people().stream().map(a -> a.side() + " " + a.name())
                .collect(Collectors.joining(", ")));

        assertEquals("'al@alpha' is not an e-mail address: write it like paula@brightpath.example.",
                assertThrows(RefusedException.class, () -> as(alphaAdmin, () -> attendees.add(q, Side.PARTNER, "Al",
                        "al@alpha", null, null, false, false))).getMessage());
        assertEquals("Give Nobody's e-mail address, or their portal user name.", assertThrows(RefusedException.class,
                () -> as(manager, () -> attendees.add(q, Side.VENDOR, "Nobody", " ", "", null, false, false)))
                .getMessage());
        // the partner's admin manages its side only; readers and other tenants cannot add anyone
        assertThrows(AccessDeniedException.class, () -> as(alphaAdmin, () -> attendees.add(q, Side.VENDOR, "Eve",
                "eve@vendor.example", null, null, true, true)));
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> attendees.add(q, Side.PARTNER, "Sam",
                "sam@alpha.example", null, null, true, true)));
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> attendees.add(q, Side.VENDOR, "Eve",
                "eve@vendor.example", null, null, true, true)));
        assertThrows(NotFoundException.class, () -> as(bravoAdmin, () -> attendees.attendees(q)));
        assertThrows(NotFoundException.class, () -> as(bravoAdmin, () -> attendees.add(q, Side.PARTNER, "Bo",
                "bo@bravo.example", null, null, true, true)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> attendees.attendees(q)));
        AttendeeView sam = as(admin, () -> attendees.attendees(q)).people().get(2);
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> {
            attendees.remove(sam.attendeeId());
            return null;
        }));
        assertEquals(3, as(admin, () -> attendees.attendees(q)).people().size(), "nothing changed");
    }

    @Test
    void theAgendaKeepsItsRulesRefusesAStaleSaveAndTakesEachSidesTopicsUntilItsDeadline() {
        long q = alphas.qbrId();
        AgendaView template = as(alphaUser, () -> agendas.agenda(q));
        assertEquals(-1, template.version());
        assertEquals("Previous commitments 5, Scorecard 5, Win/loss 10, Pipeline 15, Joint plan 20, Partner feedback 5",
                template.summary());
        assertEquals(Deadlines.Status.DUE, template.deadlineStatus());
        assertEquals(alphas.startsAt().atZone(ZoneOffset.UTC).withZoneSameInstant(ZoneId.of("America/Chicago"))
                .minusDays(3).toInstant(), template.deadline(), "three days before on Chicago's clock");

        List<Section> shrunk = changed(template.sections(), SectionKind.JOINT_PLAN, 15, SectionKind.PIPELINE, 20);
        assertEquals("The agenda was not saved: The joint-plan block is protected: at least 20 minutes (it has 15).",
                assertThrows(RefusedException.class, () -> as(manager, () -> agendas.save(q, shrunk, -1))).getMessage());
        List<Section> reordered = new ArrayList<>(template.sections());
        reordered.add(1, reordered.remove(0));
        assertEquals("The agenda was not saved: A previous QBR exists: the first item reviews its commitments; move it"
                + " to the top.", assertThrows(RefusedException.class,
                () -> as(manager, () -> agendas.save(q, reordered, -1))).getMessage());
        assertEquals(-1, as(admin, () -> agendas.agenda(q)).version(), "nothing was saved");

        List<Section> longerPipeline = changed(template.sections(), SectionKind.PIPELINE, 20, SectionKind.FEEDBACK, 0);
        longerPipeline = longerPipeline.stream().filter(s -> s.minutes() > 0).toList();
        List<Section> mine = longerPipeline;
        AgendaView saved = as(manager, () -> agendas.save(q, mine, -1));
        assertEquals("Previous commitments 5, Scorecard 5, Win/loss 10, Pipeline 20, Joint plan 20", saved.summary());
        assertEquals("max", saved.editedBy());
        RefusedException stale = assertThrows(RefusedException.class, () -> as(admin,
                () -> agendas.save(q, template.sections(), -1)));
        assertEquals("max saved this agenda since you opened it; nothing of yours was saved. Theirs: Previous"
                + " commitments 5, Scorecard 5, Win/loss 10, Pipeline 20, Joint plan 20. Yours: Previous commitments 5,"
                + " Scorecard 5, Win/loss 10, Pipeline 15, Joint plan 20, Partner feedback 5. Reload to edit theirs.",
                stale.getMessage());

        AgendaView withTopic = as(alphaAdmin, () -> topics.propose(q, "Lead routing in EMEA"));
        assertEquals(List.of("The partner's topic \"Lead routing in EMEA\" is not on the agenda."), withTopic.flags());
        as(alphaAdmin, () -> topics.propose(q, "MDF for Q1"));
        as(alphaAdmin, () -> topics.propose(q, "Certification vouchers"));
        assertEquals("Each side brings up to 3 topics; the partner side has 3.", assertThrows(RefusedException.class,
                () -> as(alphaAdmin, () -> topics.propose(q, "A fourth"))).getMessage());
        as(manager, () -> topics.propose(q, "New pricing"));
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> topics.propose(q, "Sellers' wish")));
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> topics.propose(q, "Exec wish")));
        assertThrows(NotFoundException.class, () -> as(bravoAdmin, () -> topics.propose(q, "Not mine")));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> agendas.agenda(q)));
        assertThrows(AccessDeniedException.class, () -> as(alphaAdmin, () -> agendas.save(q, mine, saved.version())),
                "the partner proposes topics; the vendor edits the agenda");

        AgendaView now = as(admin, () -> agendas.agenda(q));
        long jointPlan = now.sections().stream().filter(s -> s.kind() == SectionKind.JOINT_PLAN).findFirst()
                .orElseThrow().sectionId();
        long lead = now.topics().stream().filter(t -> t.title().equals("Lead routing in EMEA")).findFirst()
                .orElseThrow().topicId();
        AgendaView placed = as(manager, () -> topics.place(lead, jointPlan));
        assertEquals(List.of("The partner's topic \"MDF for Q1\" is not on the agenda.",
                "The partner's topic \"Certification vouchers\" is not on the agenda."), placed.flags());
        assertThrows(AccessDeniedException.class, () -> as(alphaAdmin, () -> topics.place(lead, null)));

        AgendaView sent = as(manager, () -> agendas.send(q));
        assertEquals(Deadlines.Status.ON_TIME, sent.deadlineStatus());

        // bravo's QBR in two days: its 72-hour deadline has passed, missed
        long bravos = as(admin, () -> qbrs.schedule(bravo, CUR, ProgramCalendar.now().plusDays(2)))
                .qbrId();
        AgendaView late = as(bravoAdmin, () -> agendas.agenda(bravos));
        assertEquals(Deadlines.Status.MISSED, late.deadlineStatus());
        assertEquals(45, late.meetingMinutes());
        RefusedException tooLate = assertThrows(RefusedException.class, () -> as(bravoAdmin,
                () -> topics.propose(bravos, "Too late")));
        assertTrue(tooLate.getMessage().matches("Topics were due by \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d C[SD]T"
                + " \\(America/Chicago\\); raise it with the QBR's organiser instead\\."), tooLate.getMessage());
    }

    @Test
    void thePreReadAssemblesIsPublishedToThePartnerAndRecordsWhoOpenedIt() {
        long q = alphas.qbrId();
        LocalDate today = ProgramCalendar.today();
        as(admin, () -> {
            data.open("D-STUCK", "alpha", 120_000, DealStage.NEGOTIATE, today.minusDays(90), today.minusDays(40));
            data.open("D-FRESH", "alpha", 30_000, DealStage.DEVELOP, today.minusDays(10), today.minusDays(5));
            return null;
        });
        as(manager, () -> attendees.add(q, Side.VENDOR, "Max", null, "max", null, true, true));
        as(alphaAdmin, () -> attendees.add(q, Side.PARTNER, "Al", null, "al", null, true, true));
        as(alphaAdmin, () -> attendees.add(q, Side.PARTNER, "Sam", null, "sam", null, false, false));
        assertEquals("The pre-read of this QBR is not published yet.", assertThrows(RefusedException.class,
                () -> as(alphaUser, () -> readers.open(q))).getMessage());

        as(alphaAdmin, () -> preReads.write(q, "Fund a joint event?", "Two certified engineers"));
        PreReadView published = as(manager, () -> preReads.publish(q));
        assertNotNull(published.publishedAt());
        assertEquals(Deadlines.Status.ON_TIME, published.preReadStatus());
        assertEquals("Customer of D-STUCK 40 stuck, Customer of D-FRESH 5", published.openDeals().stream()
                .map(d -> d.customer() + " " + d.daysInStage() + (d.stuck() ? " stuck" : ""))
                .collect(Collectors.joining(", ")));
        assertEquals(List.of("1 open deal has been in one stage for 30 days or more."), published.flags());
        assertEquals("Fund a joint event?", published.decisionsNeeded());
        assertNull(published.scorecard(), "no scorecard refreshed for the quarter");

        PreReadView read = as(alphaUser, () -> readers.open(q));
        assertEquals(published.flags(), read.flags());
        as(alphaUser, () -> readers.open(q));
        Readers seen = as(executive, () -> readers.readers(q));
        assertEquals("Al not opened, Sam opened", seen.readers().stream().map(r -> r.name() + (r.openedAt() == null
                ? " not opened" : " opened")).collect(Collectors.joining(", ")));
        assertEquals(List.of(), seen.notOpened(), "ten days ahead the vendor is not warned yet");
        assertThrows(AccessDeniedException.class, () -> as(alphaAdmin, () -> readers.readers(q)));
        assertThrows(NotFoundException.class, () -> as(bravoAdmin, () -> preReads.preRead(q)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> preReads.preRead(q)));
        assertThrows(AccessDeniedException.class, () -> as(alphaAdmin, () -> preReads.publish(q)));
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> preReads.write(q, "x", "y")));

        // a QBR in twelve hours: the vendor sees who has not opened it and the flags they have not seen
        long soon = as(admin, () -> qbrs.schedule(bravo, CUR, ProgramCalendar.now().plusHours(12)))
                .qbrId();
        as(bravoAdmin, () -> attendees.add(soon, Side.PARTNER, "Bo", null, "bo", null, true, false));
        as(admin, () -> {
            data.open("B-STUCK", "bravo", 50_000, DealStage.PROPOSE, today.minusDays(60), today.minusDays(31));
            return null;
        });
        as(admin, () -> preReads.publish(soon));
        Readers dayBefore = as(admin, () -> readers.readers(soon));
        assertTrue(dayBefore.dayBefore());
        assertEquals(List.of("Bo"), dayBefore.notOpened());
        assertEquals(List.of("1 open deal has been in one stage for 30 days or more."), dayBefore.unseenFlags());
        assertEquals(Deadlines.Status.LATE, as(admin, () -> preReads.preRead(soon)).preReadStatus(),
                "published 12 hours before: after the 48-hour deadline");
    }

    @Test
    void theMeetingRecordHealthCheckFeedbackWinLossPipelineAndAmendments() {
        long q = alphas.qbrId();
        LocalDate first = CUR.firstDay();
        as(admin, () -> {
            data.closed("W-1", "alpha", 80_000, DealOrigin.SOURCED, DealStage.WON, first.plusDays(3));
            data.closed("W-2", "alpha", 20_000, DealOrigin.SOURCED, DealStage.WON, first.plusDays(4));
            data.closed("W-OLD", "alpha", 900_000, DealOrigin.SOURCED, DealStage.WON, first.minusDays(4));
            data.closed("L-1", "alpha", 45_000, DealOrigin.SOURCED, DealStage.LOST, first.plusDays(5));
            data.open("O-1", "alpha", 60_000, DealStage.PROPOSE, first.minusDays(30), ProgramCalendar.today()
                    .minusDays(35));
            return null;
        });

        // the health check: blind until both sides answered
        as(admin, () -> healthChecks.answer(alphaPrevious, new int[] {4, 4, 4, 4}));
        as(alphaAdmin, () -> healthChecks.answer(alphaPrevious, new int[] {4, 3, 3, 4}));
        HealthCheckView partnerFirst = as(alphaAdmin, () -> healthChecks.answer(q, new int[] {3, 2, 2, 4}));
        assertEquals("[3, 2, 2, 4] null false", java.util.Arrays.toString(partnerFirst.own()) + " "
                + partnerFirst.other() + " " + partnerFirst.othersVisible());
        HealthCheckView vendorBlind = as(manager, () -> healthChecks.view(q));
        assertNull(vendorBlind.own());
        assertNull(vendorBlind.other(), "the vendor does not see the partner's answers before answering");
        assertTrue(vendorBlind.partnerAnswered());
        HealthCheckView both = as(manager, () -> healthChecks.answer(q, new int[] {4, 4, 5, 4}));
        assertEquals("Communication 1 wider by 1; Incentives alignment 2 FLAGGED wider by 1; Executive engagement 3"
                        + " FLAGGED wider by 2; Field understanding 0 same as last QBR",
                both.gaps().stream().map(g -> g.question().getLabel() + " " + g.gap() + (g.flagged() ? " FLAGGED " : " ")
                        + g.trend()).collect(Collectors.joining("; ")));
        assertEquals("[3, 2, 2, 4]", java.util.Arrays.toString(both.other()), "now the vendor sees the partner's");
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> healthChecks.answer(q,
                new int[] {1, 1, 1, 1})));
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> healthChecks.answer(q,
                new int[] {1, 1, 1, 1})));
        assertThrows(NotFoundException.class, () -> as(bravoAdmin, () -> healthChecks.view(q)));
        assertEquals("Rate each of the four questions from 1 (poor) to 5 (excellent).",
                assertThrows(RefusedException.class, () -> as(alphaAdmin, () -> healthChecks.answer(q,
                        new int[] {0, 3, 3, 3}))).getMessage());

        // feedback: the same theme two QBRs running, unaddressed
        as(alphaAdmin, () -> feedback.answer(alphaPrevious, "Route EMEA leads to us", "Lead routing", -1));
        var fb = as(alphaAdmin, () -> feedback.answer(q, "Leads still go to the wrong partner", "lead routing", -1));
        assertEquals("The partner raised \"lead routing\" two QBRs running (" + PREV + " and " + CUR + ") and it was not"
                + " addressed: escalate it to the executive sponsor.", fb.escalation());
        assertTrue(assertThrows(RefusedException.class, () -> as(manager, () -> feedback.respond(q, "We will", true,
                -1))).getMessage().startsWith("Someone changed this feedback since you opened it"));

        // win/loss proposed from the quarter's deals; pipeline review of the open ones
        List<WinLossView> proposed = as(manager, () -> winLoss.propose(q));
        assertEquals("win Customer of W-1 80000.00, win Customer of W-2 20000.00, loss Customer of L-1 45000.00"
                + " COMPETITIVE", proposed.stream().map(w -> (w.win() ? "win " : "loss ") + w.customer() + " "
                + w.amount() + (w.lossReason() == null ? "" : " " + w.lossReason())).collect(Collectors.joining(", ")));
        WinLossView loss = proposed.get(2);
        as(alphaAdmin, () -> winLoss.reviewLoss(loss.itemId(), LossReason.PRODUCT_GAP, "No SSO", loss.version()));
        assertTrue(assertThrows(RefusedException.class, () -> as(manager, () -> winLoss.reviewLoss(loss.itemId(),
                LossReason.EXECUTION, "Slow quote", loss.version()))).getMessage().contains(
                "Now: reason Product gap, what went wrong \"No SSO\". Yours: reason Execution, what went wrong"
                        + " \"Slow quote\"."));
        List<PipelineView> lines = as(alphaUser, () -> pipeline.lines(q));
        assertEquals("Customer of O-1 35 stuck", lines.stream().map(l -> l.customer() + " " + l.daysInStage()
                + (l.stuck() ? " stuck" : "")).collect(Collectors.joining(", ")));
        PipelineView reviewed = as(alphaAdmin, () -> pipeline.review(q, lines.get(0).dealId(), "Legal review",
                HelpNeeded.EXEC_ALIGNMENT, "Call their CFO", "Al", -1));
        assertEquals("Legal review EXEC_ALIGNMENT Al", reviewed.blocker() + " " + reviewed.helpNeeded() + " "
                + reviewed.owner());
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> pipeline.review(q, lines.get(0).dealId(),
                "x", HelpNeeded.OTHER, "y", "z", reviewed.version())));

        // notes, a decision in one click, marking held with who attended, amendments afterwards
        long held = as(admin, () -> probe.pastQbr("bravo", CUR, ProgramCalendar.now().minusMinutes(30), false));
        AttendeeView bo = as(bravoAdmin, () -> attendees.add(held, Side.PARTNER, "Bo", null, "bo", null, true, false));
        as(manager, () -> attendees.add(held, Side.VENDOR, "Max", null, "max", null, true, false));
        var note = as(bravoAdmin, () -> meeting.note(held, null, "We co-fund the Q1 event"));
        var decision = as(manager, () -> meeting.decideFromNote(note.noteId()));
        assertEquals("We co-fund the Q1 event bo PARTNER true", decision.text() + " " + decision.decidedBy() + " "
                + decision.side() + " " + decision.fromNote());
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> meeting.note(held, null, "exec note")));
        assertThrows(NotFoundException.class, () -> as(alphaAdmin, () -> meeting.note(held, null, "not mine")));
        QbrView heldView = as(admin, () -> qbrs.qbrsOf(bravo)).get(0);
        MeetingRecord record = as(manager, () -> meeting.markHeld(held, Set.of(bo.attendeeId()), heldView.version()));
        assertEquals(List.of(), record.amendments());
        assertEquals("Bo true, Max false", as(admin, () -> attendees.attendees(held)).people().stream()
                .sorted(java.util.Comparator.comparing(AttendeeView::name)).map(a -> a.name() + " " + a.attended())
                .collect(Collectors.joining(", ")));
        as(manager, () -> meeting.decide(held, "Max sends the MDF form", "Max", Side.VENDOR));
        MeetingRecord amended = as(bravoAdmin, () -> meeting.record(held));
        assertEquals(2, amended.decisions().size());
        assertEquals("max: Decision added: (nothing) → 'Max sends the MDF form (Max)'", amended.amendments().stream()
                .map(a -> a.madeBy() + ": " + a.what()).collect(Collectors.joining("; ")));
    }

    private static List<Section> changed(List<Section> sections, SectionKind one, int oneMinutes, SectionKind other,
                                         int otherMinutes) {
        return sections.stream().map(s -> s.kind() == one ? withMinutes(s, oneMinutes)
                : s.kind() == other ? withMinutes(s, otherMinutes) : s).toList();
    }

    private static Section withMinutes(Section s, int minutes) {
        return new Section(s.sectionId(), s.position(), s.kind(), s.title(), minutes, s.purpose(), s.looksBack(),
                s.startedAt(), s.endedAt());
    }

    private <T> T as(Caller caller, Supplier<T> work) {
        return callerContext.runAs(caller, work);
    }
}
