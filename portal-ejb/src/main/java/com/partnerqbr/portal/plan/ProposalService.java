package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.plan.commitment.ChangeProposal;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Changes a partner admin proposes to the vendor's commitments (the partner edits only its own
 * side's, {@link PlanItemService}): a proposal leaves the commitment as it is until vendor staff
 * who edit plans accept it (the commitment then says what was proposed, saved like the vendor's own
 * edit against the version the partner saw, so a commitment changed since is refused showing both)
 * or reject it with a reason. The plan's history records the proposal and the decision. Anyone who
 * reads the plan reads its proposals; another vendor's or partner's ids answer "not found".
 */
@Stateless
public class ProposalService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanAccess access;

    @Inject
    private PlanHistory history;

    @Inject
    private CommitmentCheck check;

    @EJB
    private PlanItemService items;

    /** A proposal as pages and tests read it. */
    public record ProposalView(long id, long commitmentId, CommitmentContent current, CommitmentContent proposed,
                               String proposedBy, Instant proposedAt, ChangeProposal.State state, String decidedBy,
                               Instant decidedAt, String reason) {
    }

    /** The plan's proposals, oldest first. */
    public List<ProposalView> ofPlan(long planId) {
        JointPlan plan = access.plan(planId);
        return em.createNamedQuery("ChangeProposal.ofPlan", ChangeProposal.class).setParameter("plan", plan)
                .getResultList().stream().map(ProposalService::view).toList();
    }

    /**
     * A partner admin proposes a change to a vendor commitment it saw at {@code seenVersion}.
     * Refused, changing nothing, when the caller is not the partner's, the commitment is the
     * partner's own (edit it), the plan version may not change, the commitment changed since, or
     * the proposal is vague.
     */
    public ProposalView propose(long commitmentId, long seenVersion, CommitmentContent content) {
        Commitment commitment = access.commitment(commitmentId);
        if (access.editingSide() != Side.PARTNER || commitment.getSide() != Side.VENDOR) {
            throw new RefusedException("Proposals are for the partner's admin about the vendor's commitments; change"
                    + " your own side's commitments directly.");
        }
        JointPlan plan = commitment.getPlan();
        if (!plan.getStatus().editable()) {
            throw new RefusedException("Version " + plan.getNumber() + " is " + plan.getStatus().getLabel()
                    .toLowerCase() + "; draft a new version of the plan first.");
        }
        if (commitment.getVersion() != seenVersion) {
            throw new StaleItemException("this commitment", PlanHistory.describe(commitment.content()),
                    PlanHistory.describe(content), commitment.content(), content, commitment.getVersion());
        }
        if (content.side() != Side.VENDOR) {
            throw new RefusedException("A proposal keeps the commitment the vendor's.");
        }
        CommitmentContent clean = check.cleaned(plan, content);
        ChangeProposal proposal = new ChangeProposal(commitment, seenVersion, JSON.toJson(clean), access.callerName(),
                PlanHistory.now());
        em.persist(proposal);
        history.record(plan, Items.commitment(commitment.getItemKey()), "proposed a change to the vendor's commitment",
                PlanHistory.describe(commitment.content()), PlanHistory.describe(clean));
        em.flush();
        return view(proposal);
    }

    /**
     * The vendor accepts: the commitment becomes what was proposed. A commitment changed since the
     * proposal was made is refused showing both, nothing changed: accepting would silently undo that
     * change (a version no longer a draft is refused as any change of it is, by {@link PlanItemService}).
     */
    public PlanView accept(long proposalId) {
        ChangeProposal proposal = pending(proposalId);
        Commitment commitment = proposal.getCommitment();
        if (commitment.getPlan().getStatus().editable() && commitment.getVersion() != proposal.getSeenVersion()) {
            throw new RefusedException("The commitment changed since " + proposal.getProposedBy() + " proposed this,"
                    + " and accepting it would undo that change; nothing was accepted or changed. The commitment now: "
                    + PlanHistory.describe(commitment.content()) + ". The proposal: "
                    + PlanHistory.describe(proposed(proposal)) + ". Reject the proposal, saying why, and "
                    + proposal.getProposedBy() + " can propose again on the commitment as it is now.");
        }
        PlanView saved = items.editCommitment(commitment.getId(), proposal.getSeenVersion(), proposed(proposal));
        proposal.decide(ChangeProposal.State.ACCEPTED, access.callerName(), PlanHistory.now(), null);
        history.record(commitment.getPlan(), Items.commitment(commitment.getItemKey()), "accepted "
                + proposal.getProposedBy() + "'s proposal", null, PlanHistory.describe(proposed(proposal)));
        em.flush();
        return saved;
    }

    /** The vendor rejects, saying why; the commitment stays as it is. */
    public ProposalView reject(long proposalId, String reason) {
        ChangeProposal proposal = pending(proposalId);
        String why = Inputs.required(reason, "why the proposal is rejected", 500);
        proposal.decide(ChangeProposal.State.REJECTED, access.callerName(), PlanHistory.now(), why);
        Commitment commitment = proposal.getCommitment();
        history.record(commitment.getPlan(), Items.commitment(commitment.getItemKey()), "rejected "
                + proposal.getProposedBy() + "'s proposal: " + why, PlanHistory.describe(proposed(proposal)), null);
        em.flush();
        return view(proposal);
    }

    /** A pending proposal the calling vendor editor may decide on. */
    private ChangeProposal pending(long proposalId) {
        ChangeProposal proposal = em.find(ChangeProposal.class, proposalId);
        if (proposal == null) {
            throw new NotFoundException("proposal", proposalId);
        }
        access.commitment(proposal.getCommitment().getId());
        if (access.editingSide() != Side.VENDOR) {
            throw new RefusedException("The vendor accepts or rejects a proposal about its commitment.");
        }
        if (proposal.getState() != ChangeProposal.State.PENDING) {
            throw new RefusedException("This proposal was " + proposal.getState().name().toLowerCase()
                    + " by " + proposal.getDecided().getBy() + " already.");
        }
        return proposal;
    }

    private static CommitmentContent proposed(ChangeProposal p) {
        return JSON.fromJson(p.getProposed(), CommitmentContent.class);
    }

    private static ProposalView view(ChangeProposal p) {
        return new ProposalView(p.getId(), p.getCommitment().getId(), p.getCommitment().content(), proposed(p),
                p.getProposedBy(), p.getProposedAt(), p.getState(), p.getDecided() == null ? null
                : p.getDecided().getBy(), p.getDecided() == null ? null : p.getDecided().getAt(),
                p.getDecided() == null ? null : p.getDecided().getReason());
    }
}
