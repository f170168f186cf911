package com.partnerqbr.portal.review;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.ReviewCadence;
import com.partnerqbr.portal.program.segment.ReviewFormatService;
import com.partnerqbr.portal.program.segment.ReviewFormats.Format;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.Standing;
import com.partnerqbr.portal.review.QbrRules.Board;
import com.partnerqbr.portal.review.QbrRules.Due;
import com.partnerqbr.portal.review.QbrRules.Next;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.review.invitation.InvitationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * QBRs: vendor admins and partner managers schedule one for a partner of a QBR segment,
 * reschedule, cancel it or mark it held; vendor staff read the dashboard's lists (scheduled, to
 * schedule, overdue; see {@link QbrRules}); a partner user reads only its own partner's QBRs.
 * Anything outside a caller's reach answers "not found". Every change is refused, with the
 * reason, when the QBR changed since the caller read it.
 */
@Stateless
public class QbrService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private ReviewFormatService reviewFormats;

    @EJB
    private ProgramClock programClock;

    @EJB
    private InvitationService invitations;

    /**
     * Schedules a QBR of a partner for a quarter (the previous, the current or the next one) at
     * a date and time from now on, in the format of the partner's segment in that quarter (its
     * latest standing up to the quarter). Refused when the segment is not reviewed by a QBR or
     * the partner already has a QBR for the quarter that is not cancelled.
     */
    public QbrView schedule(long partnerId, Quarter quarter, LocalDateTime startsAt) {
        requireManager();
        Partner partner = partners.find(partnerId);
        QbrRules.requireSchedulable(quarter, ProgramCalendar.currentQuarter());
        QbrRules.requireNotPast(startsAt, ProgramCalendar.now(), programClock.viewerZone());
        Standing standing = em.createQuery("SELECT s FROM Standing s WHERE s.partner = :partner"
                        + " AND s.quarter <= :quarter ORDER BY s.quarter DESC", Standing.class)
                .setParameter("partner", partner).setParameter("quarter", quarter).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(partner.getName() + " has no segment for " + quarter
                        + " yet: recompute the quarter first."));
        Segment segment = standing.getEffectiveSegment();
        Format format = format(segment);
        if (format.cadence() != ReviewCadence.QUARTERLY_QBR) {
            throw new RefusedException(partner.getName() + " is in the " + segment.getLabel().toLowerCase(Locale.ROOT)
                    + " segment, which is reviewed by " + format.meeting() + ", not by a QBR.");
        }
        return schedule(partner, quarter, startsAt, format);
    }

    /**
     * Schedules a QBR the partner asked for (a 1:1 of a partner its segment does not review by a
     * QBR), in the format of the segment given (growth, unless the vendor chose another).
     */
    public QbrView scheduleRequested(long partnerId, Quarter quarter, LocalDateTime startsAt, Segment formatOf) {
        requireManager();
        Partner partner = partners.find(partnerId);
        QbrRules.requireSchedulable(quarter, ProgramCalendar.currentQuarter());
        QbrRules.requireNotPast(startsAt, ProgramCalendar.now(), programClock.viewerZone());
        return schedule(partner, quarter, startsAt, format(formatOf));
    }

    private Format format(Segment segment) {
        return reviewFormats.formats().stream().filter(f -> f.segment() == segment).findFirst().orElseThrow();
    }

    private QbrView schedule(Partner partner, Quarter quarter, LocalDateTime startsAt, Format format) {
        Qbr existing = em.createNamedQuery("Qbr.notCancelledOfPartnerAndQuarter", Qbr.class)
                .setParameter("partner", partner).setParameter("quarter", quarter).getResultStream().findFirst()
                .orElse(null);
        if (existing != null) {
            throw alreadyHasOne(partner, quarter, existing);
        }
        Qbr qbr = new Qbr(partner, quarter, startsAt, format.meetingMinutes(), format.meeting(),
                callerContext.current().name(), Instant.now());
        em.persist(qbr);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique key: someone scheduled one for the quarter at the same moment
            throw new RefusedException(partner.getName() + " already has a QBR for " + quarter
                    + "; reload and reschedule it instead.");
        }
        return view(qbr);
    }

    /** Moves a scheduled QBR to another date and time from now on (its invitation follows, if it was sent). */
    public QbrView reschedule(long qbrId, LocalDateTime startsAt, long expectedVersion) {
        Qbr qbr = scheduled(qbrId, expectedVersion, "rescheduled");
        QbrRules.requireNotPast(startsAt, ProgramCalendar.now(), programClock.viewerZone());
        qbr.reschedule(startsAt);
        invitations.rescheduled(qbr);
        em.flush();
        return view(qbr);
    }

    /** Cancels a scheduled QBR (its invitation too); the partner may then get another one for the quarter. */
    public QbrView cancel(long qbrId, long expectedVersion) {
        Qbr qbr = scheduled(qbrId, expectedVersion, "cancelled");
        qbr.cancel();
        invitations.cancelled(qbr);
        em.flush();
        return view(qbr);
    }

    /** Records that a scheduled QBR was held; refused before its start. */
    public QbrView markHeld(long qbrId, long expectedVersion) {
        Qbr qbr = scheduled(qbrId, expectedVersion, "marked held");
        if (qbr.getStartsAt().isAfter(ProgramCalendar.now())) {
            throw new RefusedException("The QBR of " + qbr.getPartner().getName() + " starts " + ReviewFormats.when(
                    qbr.getStartsAt(), programClock.viewerZone()) + "; it can be marked held from then.");
        }
        qbr.held(Instant.now());
        em.flush();
        return view(qbr);
    }

    /** A partner's QBRs, newest first (cancelled ones too); vendor staff for any partner, a partner user only its own. */
    public List<QbrView> qbrsOf(long partnerId) {
        return qbrsOf(partners.find(partnerId));
    }

    /** The calling partner user's own partner's QBRs, newest first. */
    public List<QbrView> ownQbrs() {
        return qbrsOf(partners.ownPartner());
    }

    /** The QBRs the calling vendor staff member is the vendor's executive sponsor of (as an attendee), newest first. */
    public List<QbrView> sponsored() {
        String me = callerContext.requireVendorStaff("sponsoring a QBR is for the vendor's staff").name();
        return em.createNamedQuery("Attendee.sponsoredQbrs", Qbr.class).setParameter("username", me).getResultList()
                .stream().map(QbrService::view).toList();
    }

    /** A partner's next scheduled QBR and the day its next QBR is due by; as {@link #qbrsOf(long)} allows. */
    public Next next(long partnerId) {
        return QbrRules.next(qbrsOf(partnerId), ProgramCalendar.currentQuarter(), ProgramCalendar.now());
    }

    /** The dashboard's QBR lists for the current quarter (vendor staff). */
    public Board board() {
        callerContext.requireVendorStaff("the program dashboard is for vendor staff");
        Quarter current = ProgramCalendar.currentQuarter();
        List<Segment> qbrSegments = reviewFormats.formats().stream()
                .filter(f -> f.cadence() == ReviewCadence.QUARTERLY_QBR).map(Format::segment).toList();
        List<QbrView> qbrs = em.createNamedQuery("Qbr.forDashboard", Qbr.class)
                .setParameter("from", current.previous()).getResultList().stream().map(QbrService::view).toList();
        return QbrRules.board(current, due(current, qbrSegments), due(current.previous(), qbrSegments), qbrs,
                ProgramCalendar.now(), programClock.viewerZone());
    }

    private List<Due> due(Quarter quarter, List<Segment> qbrSegments) {
        if (qbrSegments.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW com.partnerqbr.portal.review.SegmentedPartner(p.id, p.name,"
                        + " s.effectiveSegment) FROM Standing s JOIN s.partner p"
                        + " WHERE s.quarter = :quarter AND s.effectiveSegment IN :segments AND p.archivedAt IS NULL", SegmentedPartner.class)
                .setParameter("quarter", quarter).setParameter("segments", qbrSegments).getResultList().stream()
                .map(r -> new Due(r.partnerId(), r.partnerName(), r.segment(), quarter)).toList();
    }

    private List<QbrView> qbrsOf(Partner partner) {
        return em.createNamedQuery("Qbr.ofPartner", Qbr.class).setParameter("partner", partner).getResultList()
                .stream().map(QbrService::view).toList();
    }

    /** A scheduled QBR the caller may change; refused when it changed since it was read or is no longer scheduled. */
    private Qbr scheduled(long qbrId, long expectedVersion, String change) {
        requireManager();
        Qbr qbr = partners.find(Qbr.class, qbrId, "QBR");
        if (qbr.getVersion() != expectedVersion) {
            throw new RefusedException("The " + qbr.getQuarter() + " QBR of " + qbr.getPartner().getName()
                    + " changed since you opened it; reload and try again.");
        }
        if (qbr.getStatus() != QbrStatus.SCHEDULED) {
            throw new RefusedException("The " + qbr.getQuarter() + " QBR of " + qbr.getPartner().getName() + " is "
                    + qbr.getStatus().getLabel().toLowerCase(Locale.ROOT) + "; only a scheduled QBR can be " + change
                    + ".");
        }
        return qbr;
    }

    private RefusedException alreadyHasOne(Partner partner, Quarter quarter, Qbr existing) {
        ZoneId zone = programClock.viewerZone();
        return new RefusedException(partner.getName() + " already has a QBR for " + quarter + ", "
                + (existing.getStatus() == QbrStatus.HELD ? "held on "
                + existing.getStartsAt().toInstant(ZoneOffset.UTC).atZone(zone).toLocalDate()
                : "scheduled for " + ReviewFormats.when(existing.getStartsAt(), zone) + "; reschedule it instead")
                + ".");
    }

    private void requireManager() {
        callerContext.require(Permission.SCHEDULE_QBR);
    }

    private static QbrView view(Qbr q) {
        return new QbrView(q.getId(), q.getVersion(), q.getPartner().getId(), q.getPartner().getName(), q.getQuarter(),
                q.getStartsAt(), q.getMeetingMinutes(), q.getMeeting(), q.getStatus(), q.getScheduledBy(),
                q.getHeldAt());
    }
}
