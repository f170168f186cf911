package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who reads and changes a joint plan, stated once. Everyone of the vendor reads every partner's
 * plan, a partner user only its own partner's (through {@link PartnerService#find}): another
 * vendor's or partner's plan, bet or commitment answers "not found". The vendor's admins and
 * partner managers and the partner's admin change, confirm and grade ({@link Permission#EDIT_JOINT_PLAN})
 * for their side; a commitment's owner and the editors of its side check in on it.
 */
@Stateless
public class PlanAccess {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    public JointPlan plan(long planId) {
        return visible(em.find(JointPlan.class, planId), "joint plan", planId);
    }

    public Bet bet(long betId) {
        Bet bet = em.find(Bet.class, betId);
        visible(bet == null ? null : bet.getPlan(), "bet", betId);
        return bet;
    }

    public Commitment commitment(long commitmentId) {
        Commitment commitment = em.find(Commitment.class, commitmentId);
        visible(commitment == null ? null : commitment.getPlan(), "commitment", commitmentId);
        return commitment;
    }

    /** The side the caller changes plans for; refused for roles that only read. */
    public Side editingSide() {
        return sideOf(callerContext.require(Permission.EDIT_JOINT_PLAN));
    }

    /** The question pages ask before they show a plan's forms. */
    public boolean mayEdit() {
        return callerContext.current().may(Permission.EDIT_JOINT_PLAN);
    }

    /** Whether the caller checks in on this commitment: its owner, or an editor of its side. */
    public boolean mayCheckIn(Commitment commitment) {
        Caller caller = callerContext.current();
        return caller.name().equals(commitment.getOwnerUsername())
                || caller.may(Permission.EDIT_JOINT_PLAN) && sideOf(caller) == commitment.getSide();
    }

    public String callerName() {
        return callerContext.current().name();
    }

    private static Side sideOf(Caller caller) {
        return caller.isVendorStaff() ? Side.VENDOR : Side.PARTNER;
    }

    private JointPlan visible(JointPlan plan, String what, long id) {
        if (plan == null) {
            throw new NotFoundException(what, id);
        }
        try {
            partners.find(plan.getPartner().getId());
        } catch (NotFoundException e) {
            throw new NotFoundException(what, id);
        }
        return plan;
    }
}
