package com.partnerqbr.portal.review.pipeline;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.meeting.Amendments;
import com.partnerqbr.portal.review.pipeline.PipelineReview.Line;
import com.partnerqbr.portal.review.pipeline.PipelineReview.OpenDeal;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline review of a QBR: the partner's open deals one by one ({@link PipelineReview}: the
 * largest first, days in stage, 30 and more stuck), each with what the QBR says about it (blocker,
 * help needed, next step, owner), which either side writes. The deals stay as the import left them.
 */
@Stateless
public class PipelineReviewService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private PartnerService partners;

    @EJB
    private Amendments amendments;

    /** One open deal in the review; the review's fields empty ({@code version} -1) until someone wrote them. */
    public record PipelineView(long dealId, String customer, java.math.BigDecimal amount, DealStage stage,
                               LocalDate expectedCloseOn, long daysInStage, boolean stuck, String blocker,
                               HelpNeeded helpNeeded, String nextStep, String owner, long version) {
    }

    /** The open deals in review order, as of the meeting's day (today for a QBR still ahead). */
    public List<PipelineView> lines(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        LocalDate meetingDay = qbr.getStartsAt().toLocalDate();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate on = meetingDay.isBefore(today) ? meetingDay : today;
        List<OpenDeal> open = em.createQuery("SELECT d FROM Deal d WHERE d.partner = :partner AND d.stage NOT IN :closed",
                        Deal.class).setParameter("partner", qbr.getPartner())
                .setParameter("closed", List.of(DealStage.WON, DealStage.LOST)).getResultList().stream()
                .map(d -> new OpenDeal(d.getId(), d.getCustomer(), d.getAmount(), d.getStage(), d.getStageEnteredOn(),
                        d.getExpectedCloseOn())).toList();
        Map<Long, PipelineLine> reviewed = new HashMap<>();
        em.createNamedQuery("PipelineLine.ofQbr", PipelineLine.class).setParameter("qbr", qbr).getResultList()
                .forEach(l -> reviewed.put(l.getDeal().getId(), l));
        return PipelineReview.lines(open, on).stream().map(l -> view(l, reviewed.get(l.deal().dealId()))).toList();
    }

    /** What the QBR says about one open deal of its partner. */
    public PipelineView review(long qbrId, long dealId, String blocker, HelpNeeded help, String nextStep, String owner,
                               long expectedVersion) {
        Qbr qbr = access.readable(qbrId);
        access.editingSide(qbr);
        Deal deal = partners.find(Deal.class, dealId, "deal");
        if (!deal.getPartner().getId().equals(qbr.getPartner().getId())) {
            throw new NotFoundException("deal", dealId);
        }
        PipelineLine line = em.createQuery("SELECT l FROM PipelineLine l WHERE l.qbr = :qbr AND l.deal = :deal",
                PipelineLine.class).setParameter("qbr", qbr).setParameter("deal", deal).getResultStream().findFirst()
                .orElse(null);
        String cleanBlocker = Inputs.optional(blocker, "the blocker", 500);
        String cleanStep = Inputs.optional(nextStep, "the next step", 500);
        String cleanOwner = Inputs.optional(owner, "the owner's name", 200);
        HelpNeeded cleanHelp = help == null ? HelpNeeded.NONE : help;
        String yours = summary(cleanBlocker, cleanHelp, cleanStep, cleanOwner);
        if ((line == null ? -1 : line.getVersion()) != expectedVersion) {
            throw new RefusedException("Someone changed the review of " + deal.getCustomer() + " since you opened it;"
                    + " nothing of yours was saved. Now: " + (line == null ? "nothing" : summary(line.getBlocker(),
                    line.getHelpNeeded(), line.getNextStep(), line.getOwner())) + ". Yours: " + yours
                    + ". Reload to change it.");
        }
        if (line == null) {
            line = new PipelineLine(qbr, deal);
            em.persist(line);
        } else {
            amendments.changed(qbr, access.callerName(), "Pipeline " + deal.getCustomer(), summary(line.getBlocker(),
                    line.getHelpNeeded(), line.getNextStep(), line.getOwner()), yours);
        }
        line.review(cleanBlocker, cleanHelp, cleanStep, cleanOwner);
        em.flush();
        return lines(qbrId).stream().filter(v -> v.dealId() == dealId).findFirst().orElseThrow();
    }

    private static String summary(String blocker, HelpNeeded help, String nextStep, String owner) {
        return "blocker " + (blocker == null ? "none" : blocker) + ", help needed " + help.getLabel() + ", next step "
                + (nextStep == null ? "none" : nextStep) + ", owner " + (owner == null ? "nobody" : owner);
    }

    private static PipelineView view(Line l, PipelineLine reviewed) {
        OpenDeal d = l.deal();
        return reviewed == null
                ? new PipelineView(d.dealId(), d.customer(), d.amount(), d.stage(), d.expectedCloseOn(), l.daysInStage(),
                l.stuck(), null, HelpNeeded.NONE, null, null, -1)
                : new PipelineView(d.dealId(), d.customer(), d.amount(), d.stage(), d.expectedCloseOn(), l.daysInStage(),
                l.stuck(), reviewed.getBlocker(), reviewed.getHelpNeeded(), reviewed.getNextStep(),
                reviewed.getOwner(), reviewed.getVersion());
    }
}
