package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.plan.JointPlan;
import com.partnerqbr.portal.plan.PlanAccess;
import com.partnerqbr.portal.plan.PlanCalendar;
import com.partnerqbr.portal.plan.PlanHistory;
import com.partnerqbr.portal.plan.PlanStatus;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Check-ins between QBRs: the owner's side records progress, status, blocker and next step on a
 * commitment of the plan in force. The status is kept on the commitment (and on its copy in a
 * draft of a change), without a new version of the plan.
 */
@Stateless
public class CheckInService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanAccess access;

    @Inject
    private PlanHistory history;

    @Inject
    private PlanCalendar calendar;

    public List<CheckIn> history(long commitmentId) {
        Commitment commitment = access.commitment(commitmentId);
        return em.createNamedQuery("CheckIn.ofItem", CheckIn.class)
                .setParameter("partner", commitment.getPlan().getPartner())
                .setParameter("itemKey", commitment.getItemKey()).getResultList();
    }

    /** Whether the caller checks in on this commitment: the question the page asks before showing the form. */
    public boolean mayCheckIn(long commitmentId) {
        Commitment commitment = access.commitment(commitmentId);
        return commitment.getPlan().getStatus() == PlanStatus.IN_FORCE && access.mayCheckIn(commitment);
    }

    /** Records a check-in; "dropped" needs a reason. */
    public CheckIn checkIn(long commitmentId, String progress, CommitmentStatus status, String blocker,
                           String nextStep, String droppedReason) {
        Commitment commitment = access.commitment(commitmentId);
        if (!access.mayCheckIn(commitment)) {
            throw new AccessDeniedException("a commitment's owner and the editors of its side check in on it");
        }
        if (commitment.getPlan().getStatus() != PlanStatus.IN_FORCE) {
            throw new RefusedException("Check in on the commitments of the plan in force; this version is "
                    + commitment.getPlan().getStatus().getLabel().toLowerCase() + ".");
        }
        if (status == null) {
            throw new RefusedException("Choose where the commitment stands: open, on track, at risk, done or dropped.");
        }
        String cleanProgress = Inputs.required(progress, "the progress since the last check-in", 1000);
        String reason = status == CommitmentStatus.DROPPED
                ? Inputs.required(droppedReason, "why the commitment is dropped", 500) : null;
        CheckIn checkIn = new CheckIn(commitment, cleanProgress, status, Inputs.optional(blocker, "the blocker", 500),
                Inputs.optional(nextStep, "the next step", 500), access.callerName(), Instant.now());
        em.persist(checkIn);
        String before = commitment.getStatus().getLabel();
        for (Commitment same : sameItem(commitment)) {
            same.standing(status, reason, calendar.today());
        }
        history.record(commitment.getPlan(), "Commitment " + commitment.getItemKey(), "checked in: " + cleanProgress,
                before, status.getLabel() + (reason != null ? " (" + reason + ")" : ""));
        em.flush();
        return checkIn;
    }

    /** The commitment and its copies in later versions of the same plan not yet in force. */
    private List<Commitment> sameItem(Commitment commitment) {
        JointPlan plan = commitment.getPlan();
        return em.createQuery("SELECT c FROM Commitment c WHERE c.itemKey = :key AND c.plan.qbr = :qbr"
                        + " AND c.plan.number >= :number", Commitment.class)
                .setParameter("key", commitment.getItemKey()).setParameter("qbr", plan.getQbr())
                .setParameter("number", plan.getNumber()).getResultList();
    }
}
