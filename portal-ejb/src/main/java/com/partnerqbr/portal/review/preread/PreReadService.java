package com.partnerqbr.portal.review.preread;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Deadlines.Deadline;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.review.progress.TierProgressService.TierProgressView;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.agenda.AgendaService;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.review.preread.PreReadView.FigureLine;
import com.partnerqbr.portal.review.preread.PreReadView.ScorecardPart;
import com.partnerqbr.portal.review.preread.PreReadView.TierPart;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService.PipelineView;
import com.partnerqbr.portal.review.winloss.WinLossService;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.ScorecardPdf;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import com.partnerqbr.portal.scorecard.dispute.Dispute;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.Vendor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A QBR's pre-read: it assembles itself from the agenda, the topics, the attendees, the quarter's
 * scorecard with trends, flags and talking points, the tier progress, the open disputes, the
 * win/loss candidates, the open deals (stuck ones flagged), and the decisions needed and proposed
 * priorities either side writes. The vendor publishes it to the partner (due 48 hours before the
 * meeting, in the program's time zone); partner users read it only once published.
 */
@Stateless
public class PreReadService {

    /** When no joint plan was in force for the quarter the QBR reviews. */
    static final String NO_COMMITMENTS_YET = "Commitments are recorded with the joint plan; none were recorded for the"
            + " previous QBR.";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @Inject
    private CallerContext callerContext;

    @EJB
    private ProgramClock programClock;

    @EJB
    private AgendaService agendas;

    @EJB
    private AttendeeService attendees;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private TierProgressService tiers;

    @EJB
    private WinLossService winLoss;

    @EJB
    private PipelineReviewService pipeline;

    /** The joint plan's commitments of the quarter reviewed (a feature above review provides them). */
    @Inject
    private Instance<PreviousCommitments> previousCommitments;

    /** The pre-read as it stands now; a partner user reads it only once published. */
    public PreReadView preRead(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        PreRead stored = stored(qbr);
        if (access.callerIsPartnerUser() && (stored == null || stored.getPublishedAt() == null)) {
            throw new RefusedException("The pre-read of this QBR is not published yet.");
        }
        return assemble(qbr, stored);
    }

    /** The decisions needed and the proposed priorities, written by either side before publishing. */
    public PreReadView write(long qbrId, String decisionsNeeded, String proposedPriorities) {
        Qbr qbr = access.readable(qbrId);
        access.editingSide(qbr);
        PreRead preRead = storedOrNew(qbr);
        preRead.write(Inputs.optional(decisionsNeeded, "the decisions needed", 2000),
                Inputs.optional(proposedPriorities, "the proposed priorities", 2000));
        em.flush();
        return assemble(qbr, preRead);
    }

    /** Publishes the pre-read to the partner with the flags it holds now (the first publication counts for the deadline). */
    public PreReadView publish(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        access.requireVendorSide(qbr);
        PreRead preRead = storedOrNew(qbr);
        PreReadView now = assemble(qbr, preRead);
        preRead.publish(access.callerName(), preRead.getPublishedAt() == null ? Instant.now()
                : preRead.getPublishedAt(), String.join("\n", now.flags()));
        em.flush();
        return assemble(qbr, preRead);
    }

    public PreRead stored(Qbr qbr) {
        return em.createNamedQuery("PreRead.ofQbr", PreRead.class).setParameter("qbr", qbr).getResultStream()
                .findFirst().orElse(null);
    }

    private PreRead storedOrNew(Qbr qbr) {
        PreRead preRead = stored(qbr);
        if (preRead == null) {
            preRead = new PreRead(qbr);
            em.persist(preRead);
        }
        return preRead;
    }

    private PreReadView assemble(Qbr qbr, PreRead stored) {
        long qbrId = qbr.getId();
        long partnerId = qbr.getPartner().getId();
        ZoneId zone = programClock.clock().zone();
        AgendaView agenda = agendas.agenda(qbrId);
        ScorecardPart scorecard = null;
        List<String> flags = new ArrayList<>();
        if (scorecards.quarters(partnerId).contains(qbr.getQuarter())) {
            ScorecardView card = scorecards.view(partnerId, qbr.getQuarter());
            scorecard = scorecard(card);
            card.talkingPoints().stream().filter(t -> t.getFlag().isConcern()).forEach(t -> flags.add(
                    t.getSentence()));
        }
        List<PipelineView> deals = pipeline.lines(qbrId);
        long stuck = deals.stream().filter(PipelineView::stuck).count();
        if (stuck > 0) {
            flags.add(stuck + " open deal" + (stuck == 1 ? " has" : "s have") + " been in one stage for 30 days or"
                    + " more.");
        }
        flags.addAll(agenda.flags());
        TierProgressView progress = tiers.progress(partnerId);
        List<String> disputes = em.createNamedQuery("Dispute.ofPartner", Dispute.class)
                .setParameter("partner", qbr.getPartner()).getResultList().stream().filter(d -> !d.isResolved())
                .map(d -> d.getFigure().getMetric().getLabel() + ": " + d.getComment() + " (" + d.getRaisedBy() + ")")
                .toList();
        Instant agendaDue = Deadlines.due(Deadline.AGENDA, qbr.getStart(), zone);
        Instant preReadDue = Deadlines.due(Deadline.PRE_READ, qbr.getStart(), zone);
        Instant publishedAt = stored == null ? null : stored.getPublishedAt();
        Instant now = Instant.now();
        return new PreReadView(qbrId, stored == null ? -1 : stored.getVersion(), qbr.getPartner().getName(),
                em.createNamedQuery("Vendor.byCode", Vendor.class).setParameter("code", callerContext.current().vendorCode())
                        .getSingleResult().getCurrency(),
                qbr.getQuarter(), qbr.getStart(), zone, qbr.getMeetingMinutes(), agenda, attendees.attendees(qbrId),
                scorecard, new TierPart(progress.currentTier(), progress.nextTier(), progress.progress() == null ? null
                : progress.progress().summary()), disputes, previousCommitments(qbrId), winLoss.items(qbrId),
                deals, stored == null ? null : stored.getDecisionsNeeded(),
                stored == null ? null : stored.getProposedPriorities(), agendaDue,
                Deadlines.status(agendaDue, agenda.sentAt(), now), preReadDue,
                Deadlines.status(preReadDue, publishedAt, now), publishedAt,
                stored == null ? null : stored.getPublishedBy(), List.copyOf(flags));
    }

    private String previousCommitments(long qbrId) {
        return previousCommitments.isResolvable() ? previousCommitments.get().of(qbrId).orElse(NO_COMMITMENTS_YET)
                : NO_COMMITMENTS_YET;
    }

    private static ScorecardPart scorecard(ScorecardView card) {
        List<FigureLine> figures = ScorecardPdf.figureRows(card).stream().map(r -> new FigureLine(r.get(0), r.get(1),
                r.get(2), r.get(3))).toList();
        return new ScorecardPart(card.status().getLabel(), ScorecardPdf.healthScore(card), figures,
                ScorecardPdf.talkingPoints(card));
    }
}
