package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.JointPlanService;
import com.partnerqbr.portal.plan.JointPlanService.ItemChange;
import com.partnerqbr.portal.plan.PlanCalendar;
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
import com.partnerqbr.portal.web.param.IdConverter;
import com.partnerqbr.portal.web.param.VersionedId;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partner's joint plan, for both sides: the version in force and a draft of a change, each
 * commitment saved on its own. Each commitment's form carries the id and row version the person saw
 * (hidden {@code commitment}), so a second save of the same commitment is refused showing theirs
 * and yours, with a way to keep theirs, keep yours, or merge them in the form. Both sides confirm
 * here (the version confirmed is the one shown, hidden {@code plan}); owners and the editors of a
 * side check in. Partner users see their own partner's plan; another partner's or vendor's id
 * answers 404. Request-scoped: every form carries the partner ({@code partnerId}), read before the
 * forms are decoded.
 */
@Named
@RequestScoped
public class EditJointPlan {

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

    @EJB
    private PlanCalendar calendar;

    @Inject
    private CallerContext callerContext;

    /** The partner of the page ({@code ?partner=}); a partner user's own partner without it. */
    @Inject
    @Param(name = "partner", converter = IdConverter.ID)
    private Long partnerParam;

    /** The partner a form acts on (its hidden field; a postback's request has no {@code partner}). */
    @Inject
    @Param(name = "partnerId", converter = IdConverter.ID)
    private Long partnerId;

    /** The commitment a form saves, with the row version the person saw. */
    @Inject
    @Param(name = "commitment")
    private VersionedId seen;

    /** The commitment's row version now, shown in a refused save: "keep mine" saves on top of it. */
    @Inject
    @Param(name = "theirs")
    private VersionedId theirs;

    /** The plan version a person confirms, with the row version they saw. */
    @Inject
    @Param(name = "plan")
    private VersionedId planSeen;

    private Partner partner;
    private List<PlanView> versions = List.of();
    private List<FollowThrough.Figures> followThrough = List.of();
    private final Map<Long, CommitmentForm> forms = new LinkedHashMap<>();
    private CommitmentForm newCommitment = new CommitmentForm();
    private Conflict conflict;
    private boolean resolved;
    private BetForm newBet = new BetForm();
    private CheckInForm checkInForm = new CheckInForm();

    /** Theirs and yours of a refused second save, and the row version to save yours on. */
    public record Conflict(long itemId, String theirs, String mine, long currentVersion) {
    }

    /**
     * Reads the partner of the page or of the form's hidden {@code partnerId} before the forms are
     * decoded: their {@code rendered} tests read the plan, and a form that is not rendered does not run.
     */
    @PostConstruct
    void read() {
        Long which = partnerParam != null ? partnerParam : partnerId;
        try {
            if (which != null) {
                partner = partners.find(which);
            } else if (callerContext.current().isPartnerUser()) {
                partner = partners.ownPartner();
            }
        } catch (NotFoundException e) {
            partner = null;
        }
        if (partner != null) {
            reload();
            refuseFormsNoLongerShown();
        }
    }

    /**
     * A postback from a form this page no longer shows says so: Faces ignores a form it does not
     * find, and the page would answer with no word (the commitment left the draft, or the version
     * was confirmed by both sides since the person opened the page).
     */
    private void refuseFormsNoLongerShown() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        boolean inDraft = seen != null && getDraft().filter(PlanView::mayEdit).stream()
                .flatMap(d -> d.commitments().stream()).anyMatch(c -> c.id() == seen.id());
        if (seen != null && !inDraft) {
            Messages.error("Not saved: this commitment is no longer in a draft you may change (it was removed, or"
                    + " the version was confirmed since you opened the page); reload the page to see the plan now.");
        }
        if (planSeen != null && versions.stream().noneMatch(v -> v.id() == planSeen.id() && v.mayConfirm())) {
            Messages.error("Not confirmed: your side cannot confirm this version any more (it was confirmed or"
                    + " replaced since you opened the page); reload the page to see the plan now.");
        }
    }

    /** The page's view action: an unknown, foreign or malformed partner answers 404. */
    public void load() throws IOException {
        if (partner != null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Partner not found");
        faces.responseComplete();
    }

    private void reload() {
        versions = plans.ofPartner(partner.getId());
        followThrough = grading.followThrough(partner.getId());
        forms.clear();
        getDraft().ifPresent(d -> d.commitments().forEach(c -> forms.put(c.id(), CommitmentForm.of(c.content()))));
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

    /** The row version to save a commitment's form on: the one its person saw, else the current one. */
    public long seenVersion(PlanView.CommitmentLine c) {
        return seen != null && seen.id() == c.id() ? seen.version() : c.version();
    }

    /** Saves a commitment against the version its person saw, then shows the plan again (post-redirect-get). */
    public String save(long commitmentId) {
        resolved = true;
        if (seen == null || seen.id() != commitmentId) {
            Messages.error("Not saved: the form did not say which version of the commitment you saw; reload the"
                    + " page and save again.");
            return null;
        }
        return saveOn(commitmentId, seen.version());
    }

    private String saveOn(long commitmentId, long version) {
        CommitmentForm form = forms.get(commitmentId);
        try {
            items.editCommitment(commitmentId, version, form.content());
            Messages.info("Saved.");
            return again();
        } catch (StaleItemException e) {
            conflict = new Conflict(commitmentId, describe((CommitmentContent) e.getTheirs()),
                    describe((CommitmentContent) e.getMine()), e.getCurrentVersion());
            Messages.error("Not saved: " + e.getMessage());
        } catch (RefusedException | NotFoundException | AccessDeniedException e) {
            Messages.error("Not saved: " + e.getMessage());
        }
        return null;
    }

    /**
     * Whether the commitment's form shows a refused save with its buttons: after the refusal, and on
     * the postback of one of those buttons (it carries {@code theirs}), else Faces would not find the
     * button and the press would answer with no word; not once a save, merge or keep mine has acted on it.
     */
    public boolean showsConflict(long commitmentId) {
        if (conflict != null) {
            return conflict.itemId() == commitmentId;
        }
        return !resolved && theirs != null && theirs.id() == commitmentId;
    }

    /** Drops yours and shows theirs. */
    public String keepTheirs() {
        Messages.info("Kept theirs; yours was dropped.");
        return again();
    }

    /** Saves yours (the form's fields) over theirs, knowingly: on the version shown as theirs. */
    public String keepMine() {
        resolved = true;
        if (theirs == null || seen == null || theirs.id() != seen.id()) {
            Messages.error("Not saved: the form did not say which version of theirs you saw; reload the page.");
            return null;
        }
        return saveOn(theirs.id(), theirs.version());
    }

    /** Keeps yours in the form, now on top of theirs, to edit into one and save. */
    public String merge() {
        if (theirs == null || seen == null || theirs.id() != seen.id()) {
            Messages.error("Not merged: the form did not say which version of theirs you saw; reload the page.");
            return null;
        }
        seen = theirs;
        resolved = true;
        Messages.info("Yours is in the form, now on top of theirs: edit it into one and save.");
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

    /** Confirms the version the person saw (hidden {@code plan}); a version changed since is refused. */
    public String confirm() {
        if (planSeen == null) {
            Messages.error("Not confirmed: the form did not say which version you saw; reload the page.");
            return null;
        }
        return act(() -> plans.confirm(planSeen.id(), planSeen.version()), "Confirmed.", () -> { });
    }

    public String draftNewVersion(long planId) {
        return act(() -> plans.draftNewVersion(planId), "A new version is drafted; the one in force stays until both"
                + " sides confirm it.", () -> { });
    }

    public String checkIn() {
        CheckInForm f = checkInForm;
        return act(() -> checkIns.checkIn(f.getCheckInOn() == null ? -1 : f.getCheckInOn(), f.getProgress(),
                f.getCheckInStatus(), f.getBlocker(), f.getNextStep(), f.getDroppedReason()), "Check-in recorded.",
                () -> checkInForm = new CheckInForm());
    }

    private String act(Runnable work, String done, Runnable clear) {
        try {
            work.run();
            Messages.info(done);
            clear.run();
            return again();
        } catch (RefusedException | NotFoundException | AccessDeniedException e) {
            Messages.error("Not saved: " + e.getMessage());
        }
        return null;
    }

    /** The plan page again, after a change (post-redirect-get). */
    String again() {
        return "/plan.xhtml?faces-redirect=true&partner=" + partner.getId();
    }

    /** A moment in the program's time zone, the zone named. */
    public String shown(Instant at) {
        return calendar.shown(at);
    }

    /** A commitment in words: "outcome (owner ..., due ..., cadence)". */
    static String describe(CommitmentContent c) {
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

    public CheckInForm getCheckInForm() {
        return checkInForm;
    }
}
