package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.BetContent;
import com.partnerqbr.portal.plan.JointPlanService;
import com.partnerqbr.portal.plan.JointPlanService.ItemChange;
import com.partnerqbr.portal.plan.PlanItemService;
import com.partnerqbr.portal.plan.PlanStatus;
import com.partnerqbr.portal.plan.PlanView;
import com.partnerqbr.portal.plan.StaleItemException;
import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CheckInService;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.plan.grading.FollowThrough;
import com.partnerqbr.portal.plan.grading.GradingService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partner's joint plan, for both sides: the version in force and a draft of a change, each
 * commitment saved on its own. A second save of the same commitment is refused showing theirs and
 * yours, with a way to keep theirs, keep yours, or merge them in the form. Both sides confirm here;
 * owners and the editors of a side check in. Partner users see their own partner's plan; another
 * partner's or vendor's id answers 404.
 */
@Named
@ViewScoped
public class EditJointPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerService partners;

    @EJB
    private JointPlanService plans;

    @EJB
    private PlanItemService items;

    @EJB
    private CheckInService checkIns;

    @EJB
    private GradingService grading;

    @Inject
    private CallerContext callerContext;

    private String partnerParam;
    private Partner partner;
    private List<PlanView> versions;
    private List<FollowThrough.Figures> followThrough;
    private final Map<Long, CommitmentForm> forms = new LinkedHashMap<>();
    private CommitmentForm newCommitment = new CommitmentForm();
    private Conflict conflict;
    private BetForm newBet = new BetForm();
    private Long checkInOn;
    private String progress;
    private CommitmentStatus checkInStatus = CommitmentStatus.ON_TRACK;
    private String blocker;
    private String nextStep;
    private String droppedReason;

    /** Theirs and yours of a refused second save, and the row version to save yours on. */
    public record Conflict(long itemId, String theirs, String mine, CommitmentContent mineContent, long currentVersion)
            implements Serializable {
    }

    public void load() throws IOException {
        try {
            if (partnerParam == null && callerContext.current().isPartnerUser()) {
                partner = partners.ownPartner();
            } else if (partnerParam != null && partnerParam.matches("[0-9]{1,18}")) {
                partner = partners.find(Long.parseLong(partnerParam));
            }
        } catch (NotFoundException e) {
            partner = null;
        }
        if (partner == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Partner not found");
            faces.responseComplete();
            return;
        }
        reload();
    }

    private void reload() {
        versions = plans.ofPartner(partner.getId());
        followThrough = grading.followThrough(partner.getId());
        forms.clear();
        getDraft().ifPresent(d -> d.commitments().forEach(c -> forms.put(c.id(), CommitmentForm.of(c.id(), c.version(),
                c.content()))));
    }

    /** The version in force of the newest plan, if any. */
    public Optional<PlanView> getInForce() {
        return versions.stream().filter(v -> v.status() == PlanStatus.IN_FORCE).findFirst();
    }

    /** A version waiting for confirmation, if any. */
    public Optional<PlanView> getDraft() {
        return versions.stream().filter(v -> v.status().editable()).findFirst();
    }

    /** Whether the caller changes and confirms plans for a side at all. */
    public boolean isMayEdit() {
        return callerContext.current().may(Permission.EDIT_JOINT_PLAN);
    }

    public CommitmentForm form(long commitmentId) {
        return forms.get(commitmentId);
    }

    public List<ItemChange> diff(long planId) {
        return plans.diff(planId);
    }

    public boolean mayCheckIn(long commitmentId) {
        return checkIns.mayCheckIn(commitmentId);
    }

    public String save(long commitmentId) {
        CommitmentForm form = forms.get(commitmentId);
        try {
            items.editCommitment(commitmentId, form.getVersion(), form.content());
            Messages.info("Saved.");
            conflict = null;
            reload();
        } catch (StaleItemException e) {
            conflict = new Conflict(commitmentId, describe((CommitmentContent) e.getTheirs()),
                    describe((CommitmentContent) e.getMine()), (CommitmentContent) e.getMine(), e.getCurrentVersion());
            Messages.error("Not saved: " + e.getMessage());
        } catch (RefusedException | NotFoundException | AccessDeniedException e) {
            Messages.error("Not saved: " + e.getMessage());
        }
        return null;
    }

    /** Drops yours and shows theirs. */
    public String keepTheirs() {
        conflict = null;
        reload();
        Messages.info("Kept theirs; yours was dropped.");
        return null;
    }

    /** Saves yours over theirs, knowingly. */
    public String keepMine() {
        Conflict c = conflict;
        CommitmentForm form = forms.get(c.itemId());
        form.fill(c.mineContent());
        form.setVersion(c.currentVersion());
        return save(c.itemId());
    }

    /** Puts yours in the form on top of theirs, to edit into one and save. */
    public String merge() {
        Conflict c = conflict;
        conflict = null;
        reload();
        CommitmentForm form = forms.get(c.itemId());
        form.fill(c.mineContent());
        Messages.info("Yours is in the form, saved on top of theirs (" + c.theirs() + "): edit it into one and save.");
        return null;
    }

    public String addCommitment() {
        return act(() -> getDraft().ifPresent(d -> items.addCommitment(d.id(), newCommitment.content())),
                "Commitment added.", () -> newCommitment = new CommitmentForm());
    }

    public String addBet() {
        return act(() -> getDraft().ifPresent(d -> items.addBet(d.id(), newBet.content())), "Bet added.",
                () -> newBet = new BetForm());
    }

    public String confirm(long planId, long version) {
        return act(() -> plans.confirm(planId, version), "Confirmed.", () -> { });
    }

    public String proposeChange(long planId) {
        return act(() -> plans.proposeChange(planId), "A new version is drafted; the one in force stays until both"
                + " sides confirm it.", () -> { });
    }

    public String checkIn() {
        return act(() -> checkIns.checkIn(checkInOn == null ? -1 : checkInOn, progress, checkInStatus, blocker, nextStep,
                droppedReason), "Check-in recorded.", () -> {
                    progress = null;
                    blocker = null;
                    nextStep = null;
                    droppedReason = null;
                });
    }

    private String act(Runnable work, String done, Runnable clear) {
        try {
            work.run();
            Messages.info(done);
            clear.run();
            reload();
        } catch (RefusedException | NotFoundException | AccessDeniedException e) {
            Messages.error("Not saved: " + e.getMessage());
        }
        return null;
    }

    private static String describe(CommitmentContent c) {
        return c.outcome() + " (owner " + c.ownerName() + ", due " + c.dueDate() + ", " + c.cadence().getLabel()
                .toLowerCase() + ")";
    }

    public Side[] getSides() {
        return Side.values();
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public CommitmentStatus[] getStatuses() {
        return CommitmentStatus.values();
    }

    public Metric[] getMetrics() {
        return Metric.values();
    }

    public Partner getPartner() {
        return partner;
    }

    public String getPartnerParam() {
        return partnerParam;
    }

    public void setPartnerParam(String partnerParam) {
        this.partnerParam = partnerParam;
    }

    public List<PlanView> getVersions() {
        return versions;
    }

    public List<FollowThrough.Figures> getFollowThrough() {
        return followThrough;
    }

    public Conflict getConflict() {
        return conflict;
    }

    public CommitmentForm getNewCommitment() {
        return newCommitment;
    }

    public BetForm getNewBet() {
        return newBet;
    }

    public Long getCheckInOn() {
        return checkInOn;
    }

    public void setCheckInOn(Long checkInOn) {
        this.checkInOn = checkInOn;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public CommitmentStatus getCheckInStatus() {
        return checkInStatus;
    }

    public void setCheckInStatus(CommitmentStatus checkInStatus) {
        this.checkInStatus = checkInStatus;
    }

    public String getBlocker() {
        return blocker;
    }

    public void setBlocker(String blocker) {
        this.blocker = blocker;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public void setDroppedReason(String droppedReason) {
        this.droppedReason = droppedReason;
    }

    /** The fields of a new bet; its baseline is read from the scorecard. */
    public static class BetForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private String whyItMatters;
        private Metric metric = Metric.ATTRIBUTED_REVENUE;
        private BigDecimal target;
        private String vendorCommitment;
        private String partnerCommitment;

        BetContent content() {
            return new BetContent(title, whyItMatters, metric, target, vendorCommitment, partnerCommitment);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getWhyItMatters() {
            return whyItMatters;
        }

        public void setWhyItMatters(String whyItMatters) {
            this.whyItMatters = whyItMatters;
        }

        public Metric getMetric() {
            return metric;
        }

        public void setMetric(Metric metric) {
            this.metric = metric;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getVendorCommitment() {
            return vendorCommitment;
        }

        public void setVendorCommitment(String vendorCommitment) {
            this.vendorCommitment = vendorCommitment;
        }

        public String getPartnerCommitment() {
            return partnerCommitment;
        }

        public void setPartnerCommitment(String partnerCommitment) {
            this.partnerCommitment = partnerCommitment;
        }
    }
}
