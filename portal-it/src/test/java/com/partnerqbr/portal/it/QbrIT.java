package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.people.ViewerZones;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.ProgramClock.ViewerZoneChoice;
import com.partnerqbr.portal.program.segment.ReviewCadence;
import com.partnerqbr.portal.program.segment.ReviewFormatService;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.QbrRules.Board;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * QBRs in the real server against the real database: scheduling, rescheduling, holding and
 * cancelling move partners between the dashboard's lists (scheduled, to schedule, overdue);
 * refusals change nothing; every access rule attacked from another vendor, another partner and
 * roles that may only read. Standings are written by a probe with known segments for the current
 * and the previous quarter, the quarters the dashboard is about.
 */
@ExtendWith(ArquillianExtension.class)
class QbrIT {

    private static final Quarter CUR = ProgramCalendar.currentQuarter();
    private static final Quarter PREV = CUR.previous();
    /** The test vendor's program zone, in which its people read times until they choose their own. */
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("qbr-it", QbrIT.class, ProgramDataProbe.class, QbrProbe.class);
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private QbrProbe probe;

    @EJB
    private QbrService qbrs;

    @EJB
    private ReviewFormatService reviewFormats;

    @EJB
    private TierProgressService progress;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ViewerZones viewerZones;

    @EJB
    private ProgramClock clock;

    private Caller admin;
    private Caller manager;
    private Caller executive;
    private Caller otherAdmin;
    private Caller alphaUser;
    private Caller bravoUser;
    private long alpha;
    private long bravo;
    private long charlie;
    private long delta;
    private long foxtrot;
    private long othersAlpha;

    /**
     * A vendor whose alpha is strategic and bravo growth in both quarters, charlie growth and
     * delta tail this quarter, echo growth last quarter and tail now, foxtrot without a standing;
     * a second vendor with a strategic partner of the same code alpha.
     */
    @BeforeEach
    void program() {
        TwoVendors two = TwoVendors.register(vendors, "qbr", "QBR vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        manager = two.staff("max", Role.PARTNER_MANAGER);
        executive = two.staff("eve", Role.EXECUTIVE);
        otherAdmin = two.otherAdmin();
        alphaUser = two.partnerUser("al", "alpha", Role.PARTNER_ADMIN);
        bravoUser = two.partnerUser("bo", "bravo", Role.PARTNER_USER);
        alpha = as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        bravo = as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        charlie = as(admin, () -> data.partner("charlie", PartnerType.REFERRAL));
        delta = as(admin, () -> data.partner("delta", PartnerType.TECHNOLOGY));
        as(admin, () -> data.partner("echo", PartnerType.RESELLER));
        foxtrot = as(admin, () -> data.partner("foxtrot", PartnerType.RESELLER));
        as(admin, () -> {
            probe.standing("alpha", PREV, Segment.STRATEGIC);
            probe.standing("alpha", CUR, Segment.STRATEGIC);
            probe.standing("bravo", PREV, Segment.GROWTH);
            probe.standing("bravo", CUR, Segment.GROWTH);
            probe.standing("charlie", CUR, Segment.GROWTH);
            probe.standing("delta", CUR, Segment.TAIL);
            probe.standing("echo", PREV, Segment.GROWTH);
            probe.standing("echo", CUR, Segment.TAIL);
        });
        othersAlpha = as(otherAdmin, () -> data.partner("alpha", PartnerType.RESELLER));
        as(otherAdmin, () -> {
            probe.standing("alpha", CUR, Segment.STRATEGIC);
        });
    }

    @Test
    void schedulingHoldingAndCancellingMovePartnersBetweenTheDashboardsLists() {
        assertEquals("", scheduled(admin));
        assertEquals("Partner alpha STRATEGIC, Partner bravo GROWTH, Partner charlie GROWTH", toSchedule(admin));
        assertEquals(PREV + " Partner alpha: no QBR held for " + PREV + "; " + PREV + " Partner bravo: no QBR held for "
                + PREV + "; " + PREV + " Partner echo: no QBR held for " + PREV, overdue(admin));

        as(admin, () -> probe.pastQbr("alpha", PREV, PREV.lastDay().minusDays(10).atTime(14, 0), true));
        LocalDateTime inThreeDays = ProgramCalendar.today().plusDays(3).atTime(15, 0);
        QbrView alphas = as(manager, () -> qbrs.schedule(alpha, CUR, inThreeDays));
        assertEquals("SCHEDULED 60 60-minute QBR with executive sponsors of both sides, quarterly max",
                alphas.status() + " " + alphas.meetingMinutes() + " " + alphas.meeting() + " " + alphas.scheduledBy());
        LocalDateTime inFiveDays = ProgramCalendar.today().plusDays(5).atTime(9, 30);
        QbrView bravosLate = as(admin, () -> qbrs.schedule(bravo, PREV, inFiveDays));
        assertEquals(45, bravosLate.meetingMinutes());

        assertEquals("Partner alpha " + CUR + " " + alphas.when(UTC) + "; Partner bravo " + PREV + " "
                + bravosLate.when(UTC), scheduled(admin));
        assertEquals("Partner bravo GROWTH, Partner charlie GROWTH", toSchedule(admin));
        assertEquals(PREV + " Partner bravo: " + PREV + " ended without a QBR; scheduled for " + bravosLate.when(UTC) + "; "
                + PREV + " Partner echo: no QBR held for " + PREV, overdue(admin));

        // a later change of the format does not rewrite a scheduled QBR
        as(admin, () -> reviewFormats.saveFormat(Segment.STRATEGIC, ReviewCadence.QUARTERLY_QBR, 90, "90-minute QBR",
                "weekly check-ins", -1));
        QbrView moved = as(manager, () -> qbrs.reschedule(alphas.qbrId(), inThreeDays.plusDays(1), alphas.version()));
        assertEquals(inThreeDays.plusDays(1), moved.startsAt());
        assertEquals("60 60-minute QBR with executive sponsors of both sides, quarterly",
                moved.meetingMinutes() + " " + moved.meeting());
        assertEquals("The QBR of Partner alpha starts " + moved.when(UTC) + "; it can be marked held from then.",
                assertThrows(RefusedException.class, () -> as(admin, () -> qbrs.markHeld(moved.qbrId(),
                        moved.version()))).getMessage());

        // charlie's QBR started half an hour ago and nobody marked it held
        long charlies = as(admin, () -> probe.pastQbr("charlie", CUR, ProgramCalendar.now().minusMinutes(30), false));
        QbrView passed = as(admin, () -> qbrs.qbrsOf(charlie)).get(0);
        assertEquals("Partner bravo GROWTH", toSchedule(admin));
        assertTrue(overdue(admin).contains(CUR + " Partner charlie: scheduled for " + passed.when(UTC)
                + ", not marked held"), overdue(admin));
        QbrView held = as(manager, () -> qbrs.markHeld(charlies, passed.version()));
        assertEquals(QbrStatus.HELD, held.status());
        assertTrue(held.heldAt() != null);
        assertTrue(!overdue(admin).contains("charlie"), overdue(admin));
        assertEquals(CUR.next().lastDay(), as(admin, () -> qbrs.next(charlie)).dueBy(), "held this quarter: due next");

        QbrView cancelled = as(admin, () -> qbrs.cancel(bravosLate.qbrId(), bravosLate.version()));
        assertEquals(QbrStatus.CANCELLED, cancelled.status());
        assertEquals("Partner alpha " + CUR + " " + moved.when(UTC), scheduled(admin));
        assertTrue(overdue(admin).startsWith(PREV + " Partner bravo: no QBR held for " + PREV), overdue(admin));
        // a cancelled QBR makes room for another one of the quarter
        QbrView again = as(admin, () -> qbrs.schedule(bravo, PREV, inFiveDays.plusDays(1)));
        assertEquals(List.of(QbrStatus.SCHEDULED, QbrStatus.CANCELLED),
                as(admin, () -> qbrs.qbrsOf(bravo)).stream().map(QbrView::status).toList());
        assertEquals(again.qbrId(), as(admin, () -> qbrs.qbrsOf(bravo)).get(0).qbrId());
    }

    @Test
    void aViewerInChicagoReadsTheNextQbrTheOverdueListAndRefusalsInChicagoTimeWithTheZoneNamed() {
        LocalDateTime start = ProgramCalendar.today().plusDays(4).atTime(15, 0);
        QbrView bravos = as(admin, () -> qbrs.schedule(bravo, CUR, start));
        String inChicago = Deadlines.shown(start.toInstant(ZoneOffset.UTC), CHICAGO);
        assertTrue(inChicago.matches("\\w{3} \\d{4}-\\d\\d-\\d\\d (09|10):00 C[DS]T \\(America/Chicago\\)"), inChicago);
        String meaning = ": 45-minute QBR with a templated scorecard, quarterly, with ad-hoc check-ins.";
        assertEquals("Your next QBR is on " + bravos.when(UTC) + meaning,
                as(bravoUser, () -> progress.ownProgress()).segmentMeaning(), "the program's zone until one is chosen");
        as(bravoUser, () -> viewerZones.choose("America/Chicago"));
        assertEquals("Your next QBR is on " + inChicago + meaning,
                as(bravoUser, () -> progress.ownProgress()).segmentMeaning());

        // the vendor's admin in Chicago: the overdue list and the refusals; max, who chose nothing, reads UTC
        as(admin, () -> viewerZones.choose("America/Chicago"));
        long charlies = as(admin, () -> probe.pastQbr("charlie", CUR, ProgramCalendar.now().minusMinutes(30), false));
        QbrView passed = as(admin, () -> qbrs.qbrsOf(charlie)).get(0);
        assertTrue(passed.when(CHICAGO).endsWith("(America/Chicago)"), passed.when(CHICAGO));
        assertTrue(overdue(admin).contains(CUR + " Partner charlie: scheduled for " + passed.when(CHICAGO)
                + ", not marked held"), overdue(admin));
        assertTrue(overdue(manager).contains(CUR + " Partner charlie: scheduled for " + passed.when(UTC)
                + ", not marked held"), overdue(manager));
        assertEquals("Partner bravo already has a QBR for " + CUR + ", scheduled for " + inChicago
                + "; reschedule it instead.", assertThrows(RefusedException.class, () -> as(admin,
                () -> qbrs.schedule(bravo, CUR, start.plusDays(1)))).getMessage());
        assertEquals("The QBR of Partner bravo starts " + inChicago + "; it can be marked held from then.",
                assertThrows(RefusedException.class, () -> as(admin, () -> qbrs.markHeld(bravos.qbrId(),
                        bravos.version()))).getMessage());
        assertEquals("The QBR of Partner bravo starts " + bravos.when(UTC) + "; it can be marked held from then.",
                assertThrows(RefusedException.class, () -> as(manager, () -> qbrs.markHeld(bravos.qbrId(),
                        bravos.version()))).getMessage());
        RefusedException past = assertThrows(RefusedException.class, () -> as(admin,
                () -> qbrs.reschedule(bravos.qbrId(), ProgramCalendar.now().minusDays(1), bravos.version())));
        assertTrue(past.getMessage().matches(".* C[DS]T \\(America/Chicago\\) is in the past; choose a date and time from"
                + " .* C[DS]T \\(America/Chicago\\) on\\."), past.getMessage());
        assertEquals(start, as(admin, () -> qbrs.qbrsOf(bravo)).get(0).startsAt(), "nothing changed");
    }

    /** The zone every page shows times in: the person's choice, else the program's; never another vendor's person's. */
    @Test
    void aPersonReadsTheZoneTheyChoseElseTheProgramsAndNeverThatOfAnotherVendorsPersonOfTheSameName() {
        Caller adaOfTheOther = new Caller(admin.name(), otherAdmin.vendorCode(), null, Set.of(Role.VENDOR_ADMIN));
        assertEquals(new ViewerZoneChoice(UTC, false), as(admin, () -> clock.viewerZoneChoice()),
                "no program settings yet: the default zone");
        as(admin, () -> viewerZones.choose("America/Chicago"));
        assertEquals(new ViewerZoneChoice(CHICAGO, true), as(admin, () -> clock.viewerZoneChoice()));
        assertEquals(new ViewerZoneChoice(UTC, false), as(adaOfTheOther, () -> clock.viewerZoneChoice()));

        as(otherAdmin, () -> clock.change("Europe/Berlin", 33));
        assertEquals(new ViewerZoneChoice(ZoneId.of("Europe/Berlin"), false),
                as(adaOfTheOther, () -> clock.viewerZoneChoice()), "the other program's zone, not ada's choice");
        assertEquals(new ViewerZoneChoice(CHICAGO, true), as(admin, () -> clock.viewerZoneChoice()));

        as(admin, () -> clock.change("Asia/Tokyo", 33));
        assertEquals(new ViewerZoneChoice(CHICAGO, true), as(admin, () -> clock.viewerZoneChoice()), "her choice first");
        assertEquals(new ViewerZoneChoice(ZoneId.of("Asia/Tokyo"), false), as(manager, () -> clock.viewerZoneChoice()));
        as(admin, () -> viewerZones.choose(""));
        assertEquals(new ViewerZoneChoice(ZoneId.of("Asia/Tokyo"), false), as(admin, () -> clock.viewerZoneChoice()));
    }

    @Test
    void badSchedulesAreRefusedWithTheirReasonAndChangeNothing() {
        LocalDateTime yesterday = ProgramCalendar.now().minusDays(1);
        RefusedException past = assertThrows(RefusedException.class, () -> as(admin,
                () -> qbrs.schedule(alpha, CUR, yesterday)));
        assertTrue(past.getMessage().matches("\\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC is in the past; choose a"
                + " date and time from \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC on\\."), past.getMessage());
        assertEquals(List.of(), as(admin, () -> qbrs.qbrsOf(alpha)));
        assertEquals("A QBR reviews " + PREV + ", " + CUR + " or " + CUR.next() + ": choose one of them.",
                assertThrows(RefusedException.class, () -> as(admin,
                        () -> qbrs.schedule(alpha, CUR.plus(2), ProgramCalendar.now().plusDays(1)))).getMessage());
        assertEquals("Partner delta is in the tail segment, which is reviewed by monthly 30-minute group program"
                + " review with aggregate data, not by a QBR.", assertThrows(RefusedException.class, () -> as(admin,
                () -> qbrs.schedule(delta, CUR, ProgramCalendar.now().plusDays(1)))).getMessage());
        assertEquals("Partner foxtrot has no segment for " + CUR + " yet: recompute the quarter first.",
                assertThrows(RefusedException.class, () -> as(admin,
                        () -> qbrs.schedule(foxtrot, CUR, ProgramCalendar.now().plusDays(1)))).getMessage());

        LocalDateTime start = ProgramCalendar.today().plusDays(2).atTime(11, 0);
        QbrView first = as(admin, () -> qbrs.schedule(alpha, CUR, start));
        assertEquals("Partner alpha already has a QBR for " + CUR + ", scheduled for " + first.when(UTC)
                + "; reschedule it instead.", assertThrows(RefusedException.class, () -> as(manager,
                () -> qbrs.schedule(alpha, CUR, start.plusDays(1)))).getMessage());

        QbrView moved = as(admin, () -> qbrs.reschedule(first.qbrId(), start.plusHours(2), first.version()));
        String stale = "The " + CUR + " QBR of Partner alpha changed since you opened it; reload and try again.";
        assertEquals(stale, assertThrows(RefusedException.class, () -> as(manager,
                () -> qbrs.reschedule(first.qbrId(), start.plusDays(3), first.version()))).getMessage());
        assertEquals(stale, assertThrows(RefusedException.class, () -> as(manager,
                () -> qbrs.cancel(first.qbrId(), first.version()))).getMessage());
        assertEquals(stale, assertThrows(RefusedException.class, () -> as(manager,
                () -> qbrs.markHeld(first.qbrId(), first.version()))).getMessage());
        assertTrue(assertThrows(RefusedException.class, () -> as(admin, () -> qbrs.reschedule(first.qbrId(),
                yesterday, moved.version()))).getMessage().contains("is in the past"));
        QbrView stored = as(admin, () -> qbrs.qbrsOf(alpha)).get(0);
        assertEquals(QbrStatus.SCHEDULED + " " + start.plusHours(2) + " " + moved.version(),
                stored.status() + " " + stored.startsAt() + " " + stored.version(), "the stale edits changed nothing");

        long heldId = as(admin, () -> probe.pastQbr("alpha", PREV, PREV.lastDay().minusDays(3).atTime(10, 0), true));
        QbrView held = as(admin, () -> qbrs.qbrsOf(alpha)).stream().filter(q -> q.qbrId() == heldId).findFirst()
                .orElseThrow();
        assertEquals("The " + PREV + " QBR of Partner alpha is held; only a scheduled QBR can be cancelled.",
                assertThrows(RefusedException.class, () -> as(admin, () -> qbrs.cancel(heldId, held.version())))
                        .getMessage());
        assertEquals("Partner alpha already has a QBR for " + PREV + ", held on " + PREV.lastDay().minusDays(3) + ".",
                assertThrows(RefusedException.class, () -> as(admin,
                        () -> qbrs.schedule(alpha, PREV, start))).getMessage());
    }

    @Test
    void anotherVendorCanNeitherSeeNorScheduleNorChangeThisVendorsQbrs() {
        QbrView alphas = as(admin, () -> qbrs.schedule(alpha, CUR, ProgramCalendar.today().plusDays(4).atTime(15, 0)));
        LocalDateTime later = ProgramCalendar.today().plusDays(6).atTime(15, 0);
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> qbrs.qbrsOf(alpha)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> qbrs.next(alpha)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> qbrs.schedule(bravo, CUR, later)));
        assertThrows(NotFoundException.class, () -> as(otherAdmin,
                () -> qbrs.reschedule(alphas.qbrId(), later, alphas.version())));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> qbrs.cancel(alphas.qbrId(), alphas.version())));
        assertThrows(NotFoundException.class, () -> as(otherAdmin,
                () -> qbrs.markHeld(alphas.qbrId(), alphas.version())));
        assertEquals(List.of(), as(admin, () -> qbrs.qbrsOf(bravo)), "nothing scheduled for bravo");
        QbrView unchanged = as(admin, () -> qbrs.qbrsOf(alpha)).get(0);
        assertEquals(alphas.version() + " " + alphas.startsAt() + " SCHEDULED",
                unchanged.version() + " " + unchanged.startsAt() + " " + unchanged.status());

        // the other vendor's dashboard holds its own alpha only; its QBR of the same quarter is its own
        Board others = as(otherAdmin, () -> qbrs.board());
        assertEquals(List.of(othersAlpha), others.toSchedule().stream().map(d -> d.partnerId()).toList());
        assertEquals(List.of(), others.scheduled());
        assertEquals(List.of(), others.overdue());
        QbrView theirs = as(otherAdmin, () -> qbrs.schedule(othersAlpha, CUR, later));
        assertEquals(List.of(theirs.qbrId()), as(otherAdmin, () -> qbrs.board()).scheduled().stream()
                .map(QbrView::qbrId).toList());
        assertEquals(List.of(alphas.qbrId()), as(admin, () -> qbrs.board()).scheduled().stream()
                .map(QbrView::qbrId).toList());
    }

    @Test
    void aPartnerUserSeesOnlyItsOwnPartnersQbrsAndSchedulesNothing() {
        QbrView alphas = as(admin, () -> qbrs.schedule(alpha, CUR, ProgramCalendar.today().plusDays(4).atTime(15, 0)));
        QbrView bravos = as(admin, () -> qbrs.schedule(bravo, CUR, ProgramCalendar.today().plusDays(8).atTime(9, 0)));
        LocalDateTime later = ProgramCalendar.today().plusDays(9).atTime(15, 0);

        assertEquals(List.of(bravos.qbrId()), as(bravoUser, () -> qbrs.ownQbrs()).stream().map(QbrView::qbrId).toList());
        assertEquals(List.of(alphas.qbrId()), as(alphaUser, () -> qbrs.qbrsOf(alpha)).stream().map(QbrView::qbrId)
                .toList());
        assertThrows(NotFoundException.class, () -> as(alphaUser, () -> qbrs.qbrsOf(bravo)));
        assertThrows(NotFoundException.class, () -> as(alphaUser, () -> qbrs.next(bravo)));
        assertThrows(NotFoundException.class, () -> as(bravoUser, () -> progress.progress(alpha)));
        assertThrows(AccessDeniedException.class, () -> as(alphaUser, () -> qbrs.board()));
        for (Caller partnerUser : List.of(alphaUser, bravoUser)) {
            assertThrows(AccessDeniedException.class, () -> as(partnerUser, () -> qbrs.schedule(alpha, CUR.next(), later)));
            assertThrows(AccessDeniedException.class, () -> as(partnerUser, () -> qbrs.schedule(charlie, CUR, later)));
            assertThrows(AccessDeniedException.class, () -> as(partnerUser,
                    () -> qbrs.reschedule(bravos.qbrId(), later, bravos.version())));
            assertThrows(AccessDeniedException.class, () -> as(partnerUser,
                    () -> qbrs.cancel(alphas.qbrId(), alphas.version())));
            assertThrows(AccessDeniedException.class, () -> as(partnerUser,
                    () -> qbrs.markHeld(bravos.qbrId(), bravos.version())));
        }
        // executives read the dashboard and change nothing
        assertEquals(2, as(executive, () -> qbrs.board()).scheduled().size());
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> qbrs.cancel(alphas.qbrId(), alphas.version())));
        assertThrows(AccessDeniedException.class, () -> as(executive, () -> qbrs.schedule(charlie, CUR, later)));
        assertEquals(List.of(QbrStatus.SCHEDULED, QbrStatus.SCHEDULED), as(admin, () -> List.of(
                qbrs.qbrsOf(alpha).get(0).status(), qbrs.qbrsOf(bravo).get(0).status())));
        assertEquals(List.of(), as(admin, () -> qbrs.qbrsOf(charlie)));

        // each partner's home says what its QBR means for it
        assertEquals("Your next QBR is on " + bravos.when(UTC) + ": 45-minute QBR with a templated scorecard, quarterly,"
                + " with ad-hoc check-ins.", as(bravoUser, () -> progress.ownProgress()).segmentMeaning());
        as(admin, () -> qbrs.cancel(alphas.qbrId(), alphas.version()));
        assertEquals("Your next QBR is due by " + CUR.lastDay() + ": 60-minute QBR with executive sponsors of both"
                + " sides, quarterly, with monthly check-ins.", as(alphaUser, () -> progress.ownProgress())
                .segmentMeaning());
    }

    private String scheduled(Caller caller) {
        return as(caller, () -> qbrs.board()).scheduled().stream()
                .map(q -> q.partnerName() + " " + q.quarter() + " " + q.when(UTC)).collect(Collectors.joining("; "));
    }

    private String toSchedule(Caller caller) {
        return as(caller, () -> qbrs.board()).toSchedule().stream().map(d -> d.partnerName() + " " + d.segment())
                .collect(Collectors.joining(", "));
    }

    private String overdue(Caller caller) {
        return as(caller, () -> qbrs.board()).overdue().stream()
                .map(o -> o.quarter() + " " + o.partnerName() + ": " + o.why()).collect(Collectors.joining("; "));
    }
}
