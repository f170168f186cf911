package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * The bets and commitments of a version not yet in force. Each item is saved on its own, checked
 * against its row version: edits of different items by two people both land; a second save of the
 * same item is refused with both values ({@link StaleItemException}). An edit withdraws any
 * confirmation of the version, so both sides confirm what they see. Every edit is in the history.
 */
@Stateless
public class PlanItemService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanAccess access;

    @Inject
    private PlanHistory history;

    @Inject
    private JointPlanService plans;

    @Inject
    private BetFigures figures;

    @Inject
    private CommitmentCheck check;

    public PlanView addBet(long planId, BetContent content) {
        JointPlan plan = editable(access.plan(planId));
        PlanRules.mayAddBet(plans.bets(plan).size()).ifPresent(reason -> {
            throw new RefusedException(reason);
        });
        BetContent clean = clean(content);
        BigDecimal baseline = figures.figure(plan.getPartner(), plan.getQbr().getQuarter(), clean.metric());
        Bet bet = new Bet(plan, 0, clean, baseline);
        em.persist(bet);
        bet.keyed(bet.getId());
        history.record(plan, Items.bet(bet.getItemKey()), "added a bet", null, PlanHistory.describe(clean));
        return saved(plan);
    }

    public PlanView editBet(long betId, long expectedVersion, BetContent content) {
        Bet bet = access.bet(betId);
        JointPlan plan = editable(bet.getPlan());
        BetContent clean = clean(content);
        if (bet.getVersion() != expectedVersion) {
            throw new StaleItemException("this bet", PlanHistory.describe(bet.content()), PlanHistory.describe(clean),
                    bet.content(), clean, bet.getVersion());
        }
        history.record(plan, Items.bet(bet.getItemKey()), "changed a bet", PlanHistory.describe(bet.content()),
                PlanHistory.describe(clean));
        bet.change(clean);
        return saved(plan);
    }

    public PlanView removeBet(long betId, long expectedVersion) {
        Bet bet = access.bet(betId);
        JointPlan plan = editable(bet.getPlan());
        if (bet.getVersion() != expectedVersion) {
            throw new StaleItemException("this bet", PlanHistory.describe(bet.content()), "removed", bet.content(),
                    null, bet.getVersion());
        }
        boolean served = plans.commitments(plan).stream().anyMatch(c -> Long.valueOf(bet.getItemKey()).equals(c.getBetKey()));
        if (served) {
            throw new RefusedException("Commitments serve this bet; move them to the other bet or to none first.");
        }
        history.record(plan, Items.bet(bet.getItemKey()), "removed a bet", PlanHistory.describe(bet.content()), null);
        em.remove(bet);
        return saved(plan);
    }

    public PlanView addCommitment(long planId, CommitmentContent content) {
        JointPlan plan = editable(access.plan(planId));
        PlanRules.mayAddCommitment(plans.commitments(plan).size()).ifPresent(reason -> {
            throw new RefusedException(reason);
        });
        CommitmentContent clean = check.cleaned(plan, content);
        Commitment commitment = new Commitment(plan, 0, clean);
        em.persist(commitment);
        commitment.keyed(commitment.getId());
        history.record(plan, Items.commitment(commitment.getItemKey()), "added a commitment", null,
                PlanHistory.describe(clean));
        return saved(plan);
    }

    public PlanView editCommitment(long commitmentId, long expectedVersion, CommitmentContent content) {
        Commitment commitment = ownSideOrVendor(access.commitment(commitmentId));
        JointPlan plan = editable(commitment.getPlan());
        CommitmentContent clean = check.cleaned(plan, content);
        if (commitment.getVersion() != expectedVersion) {
            throw new StaleItemException("this commitment", PlanHistory.describe(commitment.content()),
                    PlanHistory.describe(clean), commitment.content(), clean, commitment.getVersion());
        }
        history.record(plan, Items.commitment(commitment.getItemKey()), "changed a commitment",
                PlanHistory.describe(commitment.content()), PlanHistory.describe(clean));
        commitment.change(clean);
        return saved(plan);
    }

    public PlanView removeCommitment(long commitmentId, long expectedVersion) {
        Commitment commitment = ownSideOrVendor(access.commitment(commitmentId));
        JointPlan plan = editable(commitment.getPlan());
        if (commitment.getVersion() != expectedVersion) {
            throw new StaleItemException("this commitment", PlanHistory.describe(commitment.content()), "removed",
                    commitment.content(), null, commitment.getVersion());
        }
        history.record(plan, Items.commitment(commitment.getItemKey()), "removed a commitment",
                PlanHistory.describe(commitment.content()), null);
        em.remove(commitment);
        return saved(plan);
    }

    /**
     * A partner admin changes the partner's commitments; the vendor's it may only propose a change
     * to ({@link ProposalService}), which the vendor accepts or rejects. Vendor staff edit both.
     */
    private Commitment ownSideOrVendor(Commitment commitment) {
        if (access.editingSide() == Side.PARTNER && commitment.getSide() == Side.VENDOR) {
            throw new RefusedException("This is the vendor's commitment: propose your change, and the vendor accepts"
                    + " or rejects it; nothing was changed.");
        }
        return commitment;
    }

    /**
     * The plan, if its items may change now; its row version moves with every change of an item,
     * so a confirmation from a page opened before the change is refused (JointPlanService.confirm).
     */
    private JointPlan editable(JointPlan plan) {
        access.editingSide();
        if (!plan.getStatus().editable()) {
            throw new RefusedException("Version " + plan.getNumber() + " is " + plan.getStatus().getLabel()
                    .toLowerCase() + " and is never changed in place; draft a new version to change it.");
        }
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            plan.reopen();
            history.record(plan, "Plan", "confirmation withdrawn: the version changed", null, null);
        }
        return plan;
    }

    private PlanView saved(JointPlan plan) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RefusedException("Someone saved the same item at the same moment; nothing of yours was saved."
                    + " Reload to see theirs, then save yours again if it should win.");
        }
        return plans.view(plan);
    }

    private static BetContent clean(BetContent b) {
        if (b.metric() == null) {
            throw new RefusedException("Choose the scorecard metric the bet moves.");
        }
        if (b.target() == null) {
            throw new RefusedException("Enter the bet's target for the quarter.");
        }
        return new BetContent(Inputs.required(b.title(), "the bet's title", 200),
                Inputs.required(b.whyItMatters(), "why the bet matters", 1000), b.metric(), b.target(),
                Inputs.required(b.vendorCommitment(), "the vendor's commitment to the bet", 1000),
                Inputs.required(b.partnerCommitment(), "the partner's commitment to the bet", 1000));
    }
}
