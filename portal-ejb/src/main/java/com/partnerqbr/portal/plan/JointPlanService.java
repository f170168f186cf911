package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A partner's joint plan and its versions: drafted at a QBR, confirmed by both sides, changed
 * only through a new version both confirm again while the confirmed one stays in force.
 */
@Stateless
public class JointPlanService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanAccess access;

    @Inject
    private PlanHistory history;

    @Inject
    private CommitmentCheck check;

    @EJB
    private QbrAccess qbrs;

    @EJB
    private PartnerService partners;

    /** Drafts the plan agreed at a QBR (version 1), for the quarter after the one it reviews. */
    public PlanView draft(long qbrId) {
        Qbr qbr = qbrs.readable(qbrId);
        access.editingSide();
        List<JointPlan> existing = versionsOf(qbr);
        if (!existing.isEmpty()) {
            throw new RefusedException("The QBR of " + qbr.getQuarter() + " already has a joint plan (version "
                    + existing.get(existing.size() - 1).getNumber() + "); change that one.");
        }
        JointPlan plan = new JointPlan(qbr, 1, access.callerName(), PlanHistory.now());
        em.persist(plan);
        history.record(plan, "Plan", "drafted version 1 for " + plan.getQuarter(), null, null);
        return view(plan);
    }

    public PlanView view(long planId) {
        return view(access.plan(planId));
    }

    /** The partner's plans, newest quarter and version first: the one in force and any draft of a change. */
    public List<PlanView> ofPartner(long partnerId) {
        Partner partner = partners.find(partnerId);
        return em.createNamedQuery("JointPlan.ofPartner", JointPlan.class).setParameter("partner", partner)
                .getResultList().stream().map(this::view).toList();
    }

    /** The versions of the plan agreed at a QBR, first to last. */
    public List<PlanView> ofQbr(long qbrId) {
        return versionsOf(qbrs.readable(qbrId)).stream().map(this::view).toList();
    }

    /** A change since a page was opened, both values: "max changed Commitment 41207: was "..."; now "..."." */
    private static String seenAndNow(PlanChange c) {
        return c.getChangedBy() + " " + c.getWhat() + " (" + c.getItem() + ")"
                + (c.getBefore() == null ? "" : ": you saw \"" + c.getBefore() + "\"")
                + (c.getAfter() == null ? "" : (c.getBefore() == null ? ": " : "; ") + "now \"" + c.getAfter() + "\"")
                + ".";
    }

    /**
     * Confirms a version for the caller's side; the second side's confirmation puts it in force and
     * supersedes the version in force before it. Refused when it has the wrong number of bets or
     * commitments, a vague commitment, or changed since the caller looked at it.
     */
    public PlanView confirm(long planId, long expectedVersion) {
        JointPlan plan = access.plan(planId);
        Side side = access.editingSide();
        if (!plan.getStatus().editable()) {
            throw new RefusedException("Version " + plan.getNumber() + " is " + plan.getStatus().getLabel().toLowerCase()
                    + "; draft a new version to change it, and confirm that one.");
        }
        if (plan.getVersion() != expectedVersion) {
            List<String> since = em.createNamedQuery("PlanChange.ofPlanSince", PlanChange.class)
                    .setParameter("plan", plan).setParameter("version", expectedVersion).getResultList().stream()
                    .map(JointPlanService::seenAndNow).toList();
            throw new RefusedException("The plan changed since you opened it; nothing was confirmed."
                    + (since.isEmpty() ? "" : " What you saw, and what it is now: " + String.join(" ", since))
                    + " Look at the changes, then confirm again.");
        }
        List<Bet> bets = bets(plan);
        List<Commitment> commitments = commitments(plan);
        List<String> problems = new ArrayList<>(PlanRules.confirmable(bets.size(), commitments.size()));
        for (Commitment c : commitments) {
            check.problems(plan, c.content())
                    .forEach(p -> problems.add("Commitment \"" + c.getOutcome() + "\": " + p));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(String.join(" ", problems));
        }
        Instant now = PlanHistory.now();
        if (side == Side.VENDOR) {
            plan.confirmByVendor(access.callerName(), now);
        } else {
            plan.confirmByPartner(access.callerName(), now);
        }
        history.record(plan, "Plan", "confirmed version " + plan.getNumber() + " for the " + side.getLabel().toLowerCase(),
                null, plan.getStatus().getLabel());
        if (plan.getStatus() == PlanStatus.IN_FORCE) {
            commitments.forEach(c -> c.planInForce(true));
            for (JointPlan other : versionsOf(plan.getQbr())) {
                if (other != plan && other.getStatus() == PlanStatus.IN_FORCE) {
                    other.supersede();
                    commitments(other).forEach(c -> c.planInForce(false));
                    history.record(other, "Plan", "version " + other.getNumber() + " superseded by version "
                            + plan.getNumber(), null, null);
                }
            }
        }
        em.flush();
        return view(plan);
    }

    /**
     * A change to a plan in force: a new draft version copying its bets and commitments (same item
     * keys), which both sides confirm again; the version in force stays in force meanwhile.
     */
    public PlanView draftNewVersion(long planId) {
        JointPlan inForce = access.plan(planId);
        access.editingSide();
        if (inForce.getStatus() != PlanStatus.IN_FORCE) {
            throw new RefusedException("Only the version in force is changed through a new version; version "
                    + inForce.getNumber() + " is " + inForce.getStatus().getLabel().toLowerCase() + ".");
        }
        List<JointPlan> versions = versionsOf(inForce.getQbr());
        Optional<JointPlan> pending = versions.stream().filter(p -> p.getStatus().editable()).findFirst();
        if (pending.isPresent()) {
            throw new RefusedException("Version " + pending.get().getNumber() + " already drafts a change; change"
                    + " that one.");
        }
        JointPlan next = new JointPlan(inForce.getQbr(), versions.get(versions.size() - 1).getNumber() + 1,
                access.callerName(), PlanHistory.now());
        em.persist(next);
        for (Bet bet : bets(inForce)) {
            em.persist(new Bet(next, bet.getItemKey(), bet.content(), bet.getBaseline()));
        }
        for (Commitment c : commitments(inForce)) {
            em.persist(c.copyInto(next));
        }
        history.record(next, "Plan", "drafted version " + next.getNumber() + " to change version "
                + inForce.getNumber() + " (which stays in force until both confirm)", null, null);
        em.flush();
        return view(next);
    }

    /**
     * What changed from the version before, item by item (added, changed, removed), with who changed
     * it last and when; empty for version 1.
     */
    public List<ItemChange> diff(long planId) {
        JointPlan plan = access.plan(planId);
        Optional<JointPlan> before = versionsOf(plan.getQbr()).stream()
                .filter(p -> p.getNumber() == plan.getNumber() - 1).findFirst();
        if (before.isEmpty()) {
            return List.of();
        }
        List<PlanChange> changes = em.createNamedQuery("PlanChange.ofPlan", PlanChange.class)
                .setParameter("plan", plan).getResultList();
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> is = new LinkedHashMap<>();
        bets(before.get()).forEach(b -> was.put(Items.bet(b.getItemKey()), PlanHistory.describe(b.content())));
        commitments(before.get()).forEach(c -> was.put(Items.commitment(c.getItemKey()),
                PlanHistory.describe(c.content())));
        bets(plan).forEach(b -> is.put(Items.bet(b.getItemKey()), PlanHistory.describe(b.content())));
        commitments(plan).forEach(c -> is.put(Items.commitment(c.getItemKey()), PlanHistory.describe(c.content())));
        Set<String> items = new LinkedHashSet<>(was.keySet());
        items.addAll(is.keySet());
        List<ItemChange> diff = new ArrayList<>();
        for (String item : items) {
            String a = was.get(item);
            String b = is.get(item);
            if (!Objects.equals(a, b)) {
                Optional<PlanChange> last = changes.stream().filter(c -> c.getItem().equals(item)).findFirst();
                diff.add(new ItemChange(item, a == null ? "added" : b == null ? "removed" : "changed", a, b,
                        last.map(PlanChange::getChangedBy).orElse(null), last.map(PlanChange::getChangedAt).orElse(null)));
            }
        }
        return diff;
    }

    /** One item's change between two versions. */
    public record ItemChange(String item, String change, String before, String after, String by, Instant at) {
    }

    /** The day of the QBR a plan was agreed at: its commitments are due after it. */

    /** The versions of the plan agreed at a QBR, first to last (public: the plan's other services call it). */
    public List<JointPlan> versionsOf(Qbr qbr) {
        return em.createNamedQuery("JointPlan.versionsOfQbr", JointPlan.class).setParameter("qbr", qbr)
                .getResultList();
    }

    public List<Bet> bets(JointPlan plan) {
        return em.createNamedQuery("Bet.ofPlan", Bet.class).setParameter("plan", plan).getResultList();
    }

    public List<Commitment> commitments(JointPlan plan) {
        return em.createNamedQuery("Commitment.ofPlan", Commitment.class).setParameter("plan", plan).getResultList();
    }

    /** A version as pages show it, with what the caller may do; the plan's other services return it. */
    public PlanView view(JointPlan plan) {
        boolean editor = access.mayEdit();
        Side side = editor ? access.editingSide() : null;
        boolean confirmedByMySide = side == Side.VENDOR ? plan.getVendorConfirmedAt() != null
                : plan.getPartnerConfirmedAt() != null;
        return new PlanView(plan.getId(), plan.getVersion(), plan.getPartner().getId(), plan.getPartner().getName(),
                plan.getQbr().getId(), plan.getQuarter(), plan.getNumber(), plan.getStatus(),
                plan.getVendorConfirmedBy(), plan.getVendorConfirmedAt(), plan.getPartnerConfirmedBy(),
                plan.getPartnerConfirmedAt(), bets(plan).stream().map(PlanView.BetLine::of).toList(),
                commitments(plan).stream().map(PlanView.CommitmentLine::of).toList(),
                editor && plan.getStatus().editable(), editor && plan.getStatus().editable() && !confirmedByMySide);
    }
}
