package com.partnerqbr.portal.plan.grading;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.BetFigures;
import com.partnerqbr.portal.plan.JointPlan;
import com.partnerqbr.portal.plan.PlanAccess;
import com.partnerqbr.portal.plan.PlanHistory;
import com.partnerqbr.portal.plan.PlanStatus;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * At the next QBR: both sides grade every commitment of the plan that was in force for the
 * quarter the QBR reviews, and follow-through is measured per side from how the commitments ended.
 */
@Stateless
public class GradingService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanAccess access;

    @Inject
    private PlanHistory history;

    @EJB
    private PartnerService partners;

    /** The caller's side grades a commitment of the plan in force at the QBR that follows it. */
    public Grade grade(long commitmentId, GradeLevel level, String note) {
        Commitment commitment = access.commitment(commitmentId);
        Side side = access.editingSide();
        JointPlan plan = commitment.getPlan();
        if (plan.getStatus() != PlanStatus.IN_FORCE) {
            throw new RefusedException("Grade the commitments of the version in force.");
        }
        if (level == null) {
            throw new RefusedException("Choose a grade: done, partly or not done.");
        }
        Qbr next = nextQbr(plan).orElseThrow(() -> new RefusedException("Commitments are graded at the QBR that"
                + " reviews " + plan.getQuarter() + "; it is not scheduled yet."));
        String cleanNote = Inputs.optional(note, "the note", 1000);
        Grade grade = em.createQuery("SELECT g FROM Grade g WHERE g.commitment = :c AND g.side = :side", Grade.class)
                .setParameter("c", commitment).setParameter("side", side).getResultStream().findFirst().orElse(null);
        String before = grade == null || grade.getLevel() == null ? null : grade.getLevel().getLabel();
        if (grade == null) {
            grade = new Grade(commitment, next, side);
            em.persist(grade);
        }
        grade.grade(level, cleanNote, access.callerName(), Instant.now());
        history.record(plan, "Commitment " + commitment.getItemKey(), side.getLabel() + " graded", before,
                level.getLabel() + (cleanNote != null ? ": " + cleanNote : ""));
        em.flush();
        return grade;
    }

    /** Both sides' grades of a commitment and what the record shows. */
    public Grades grades(long commitmentId) {
        Commitment commitment = access.commitment(commitmentId);
        Grade vendor = null;
        Grade partner = null;
        for (Grade g : em.createQuery("SELECT g FROM Grade g WHERE g.commitment = :c", Grade.class)
                .setParameter("c", commitment).getResultList()) {
            if (g.getSide() == Side.VENDOR) {
                vendor = g;
            } else {
                partner = g;
            }
        }
        return new Grades(vendor, partner, Grading.outcome(vendor == null ? null : vendor.getLevel(),
                partner == null ? null : partner.getLevel()));
    }

    /** A commitment's two grades, each with its note, and the outcome. */
    public record Grades(Grade vendor, Grade partner, Grading.Outcome outcome) {
    }

    /** Follow-through of both sides of a partner over its last four plans. */
    public List<FollowThrough.Figures> followThrough(long partnerId) {
        Partner partner = partners.find(partnerId);
        List<FollowThrough.Entry> entries = new ArrayList<>();
        for (JointPlan plan : lastVersions(partner)) {
            for (Commitment c : em.createNamedQuery("Commitment.ofPlan", Commitment.class).setParameter("plan", plan)
                    .getResultList()) {
                entries.add(new FollowThrough.Entry(plan.getQuarter(), c.getSide(), c.getStatus(), c.getDueDate(),
                        c.getDoneOn()));
            }
        }
        return List.of(FollowThrough.of(Side.VENDOR, partner.getName(), entries),
                FollowThrough.of(Side.PARTNER, partner.getName(), entries));
    }

    /** Per planned quarter, the version that was last in force (in force, or the latest superseded). */
    private List<JointPlan> lastVersions(Partner partner) {
        Map<Quarter, JointPlan> byQuarter = new LinkedHashMap<>();
        List<JointPlan> confirmed = em.createQuery("SELECT p FROM JointPlan p WHERE p.partner = :partner AND p.status IN"
                        + " (com.partnerqbr.portal.plan.PlanStatus.IN_FORCE, com.partnerqbr.portal.plan.PlanStatus.SUPERSEDED)"
                        + " ORDER BY p.quarter DESC", JointPlan.class)
                .setParameter("partner", partner).setMaxResults(40).getResultList();
        confirmed.stream().sorted(Comparator.comparing((JointPlan p) -> p.getStatus() == PlanStatus.IN_FORCE ? 1 : 0)
                        .thenComparing(JointPlan::getNumber))
                .forEach(p -> byQuarter.put(p.getQuarter(), p));
        return byQuarter.values().stream().sorted(Comparator.comparing(JointPlan::getQuarter).reversed())
                .limit(FollowThrough.QBRS).toList();
    }

    private Optional<Qbr> nextQbr(JointPlan plan) {
        return em.createNamedQuery("Qbr.notCancelledOfPartnerAndQuarter", Qbr.class)
                .setParameter("partner", plan.getPartner()).setParameter("quarter", plan.getQuarter())
                .getResultStream().findFirst();
    }
}
