package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.plan.PlanView;
import com.partnerqbr.portal.plan.ProposalService;
import com.partnerqbr.portal.plan.ProposalService.ProposalView;
import com.partnerqbr.portal.plan.commitment.ChangeProposal;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.param.IdConverter;
import com.partnerqbr.portal.web.param.VersionedId;
import com.partnerqbr.portal.web.people.ViewerTime;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.Param;

/**
 * Proposed changes to the vendor's commitments on the joint plan page. The partner's admin types
 * the change in the vendor commitment's own form (the fields of {@link EditJointPlan#form}, with its
 * hidden {@code commitment}: the id and row version seen) and proposes it; the proposal shows under
 * the commitment to everyone who reads the plan (editors under its form, readers in the commitments'
 * table), waiting or decided, in the draft and in the version in force. The vendor's editors accept
 * a waiting proposal of the draft (the commitment then reads it; a commitment changed since is
 * refused showing both) or reject it with a reason. Each decision's form carries its proposal
 * (hidden {@code proposal}); a proposal decided since the page was opened says so instead of a press
 * answered with no word.
 */
@Named
@RequestScoped
public class ProposalForm {

    @EJB
    private ProposalService proposals;

    @Inject
    private EditJointPlan page;

    @Inject
    private CallerContext callerContext;

    @Inject
    private ViewerTime viewerTime;

    /** The vendor commitment a proposal is about, with the row version the partner saw. */
    @Inject
    @Param(name = "commitment")
    private VersionedId seen;

    /** The proposal a decision's form acts on. */
    @Inject
    @Param(name = "proposal", converter = IdConverter.ID)
    private Long proposalId;

    private List<ProposalView> listed = List.of();
    /** The draft's proposals: the ones the vendor decides on. */
    private List<ProposalView> ofDraft = List.of();
    private String reason;

    /**
     * Reads the proposals of the draft and of the version in force before the forms are decoded: a
     * decision's form shows only while its proposal waits in the draft.
     */
    @PostConstruct
    void read() {
        ofDraft = page.getDraft().map(d -> proposals.ofPlan(d.id())).orElse(List.of());
        listed = new ArrayList<>(ofDraft);
        page.getInForce().ifPresent(v -> listed.addAll(proposals.ofPlan(v.id())));
        if (FacesContext.getCurrentInstance().isPostback() && proposalId != null && waiting(proposalId).isEmpty()) {
            Messages.error("Not decided: this proposal no longer waits for a decision (it was decided since you opened"
                    + " the page, or the version was confirmed); reload the page to see the plan now.");
        }
    }

    /** The proposals about a commitment, oldest first. */
    public List<ProposalView> of(long commitmentId) {
        return listed.stream().filter(p -> p.commitmentId() == commitmentId).toList();
    }

    /** Whether any commitment of this version has a proposal (the readers' table then shows them). */
    public boolean any(PlanView version) {
        return version.commitments().stream().anyMatch(c -> !of(c.id()).isEmpty());
    }

    /** Whether the caller proposes changes to this commitment rather than saving it: the partner's admin, the vendor's. */
    public boolean proposes(PlanView.CommitmentLine c) {
        Caller caller = callerContext.current();
        return caller.may(Permission.EDIT_JOINT_PLAN) && !caller.isVendorStaff() && c.content().side() == Side.VENDOR;
    }

    /** Whether the caller accepts or rejects a proposal now: the vendor's editors, while it waits in the draft. */
    public boolean mayDecide(ProposalView p) {
        Caller caller = callerContext.current();
        return caller.may(Permission.EDIT_JOINT_PLAN) && caller.isVendorStaff() && waiting(p.id()).isPresent();
    }

    /** A proposal in words, as the page shows it. */
    public String describe(ProposalView p) {
        return EditJointPlan.describe(p.proposed());
    }

    /** "Proposed by paula on Mon 2026-12-07 09:00 CST (America/Chicago): ... ." in the viewer's zone. */
    public String proposed(ProposalView p) {
        return "Proposed by " + p.proposedBy() + " on " + viewerTime.shown(p.proposedAt()) + ": " + describe(p) + ".";
    }

    /** "Waiting for the vendor.", "Accepted by max on ... .", "Rejected by max on ...: reason". */
    public String state(ProposalView p) {
        return switch (p.state()) {
            case PENDING -> "Waiting for the vendor.";
            case ACCEPTED -> "Accepted by " + p.decidedBy() + " on " + viewerTime.shown(p.decidedAt()) + ".";
            case REJECTED -> "Rejected by " + p.decidedBy() + " on " + viewerTime.shown(p.decidedAt()) + ": "
                    + p.reason();
        };
    }

    /** Proposes the commitment form's fields as a change, against the version the partner saw. */
    public String propose(long commitmentId) {
        if (seen == null || seen.id() != commitmentId) {
            Messages.error("Not proposed: the form did not say which version of the commitment you saw; reload the"
                    + " page and propose again.");
            return null;
        }
        try {
            ProposalView p = proposals.propose(commitmentId, seen.version(), page.form(commitmentId).content());
            Messages.info("Proposed: " + describe(p) + ". The commitment stays as it is until the vendor accepts.");
            return page.again();
        } catch (RefusedException | NotFoundException | AccessDeniedException e) {
            Messages.error("Not proposed: " + e.getMessage());
        }
        return null;
    }

    public String accept() {
        Optional<ProposalView> p = proposalId == null ? Optional.empty() : waiting(proposalId);
        return decide(() -> proposals.accept(proposalId), "Not accepted: ",
                "Accepted: the commitment now reads " + p.map(this::describe).orElse("as proposed") + ".");
    }

    public String reject() {
        return decide(() -> proposals.reject(proposalId, reason), "Not rejected: ",
                "Rejected; the commitment stays as it is.");
    }

    /** Decides a proposal waiting on this page (one that does not was refused in words by {@link #read()}). */
    private String decide(Runnable work, String refused, String done) {
        if (proposalId == null) {
            Messages.error(refused + "the form did not say which proposal; reload the page.");
            return null;
        }
        if (waiting(proposalId).isEmpty()) {
            return null;
        }
        try {
            work.run();
            Messages.info(done);
            return page.again();
        } catch (RefusedException | NotFoundException | AccessDeniedException e) {
            Messages.error(refused + e.getMessage());
        }
        return null;
    }

    private Optional<ProposalView> waiting(long id) {
        return ofDraft.stream().filter(p -> p.id() == id && p.state() == ChangeProposal.State.PENDING).findFirst();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
