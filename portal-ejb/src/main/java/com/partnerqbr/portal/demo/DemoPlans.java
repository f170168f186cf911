package com.partnerqbr.portal.demo;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.BetContent;
import com.partnerqbr.portal.plan.JointPlanService;
import com.partnerqbr.portal.plan.PlanItemService;
import com.partnerqbr.portal.plan.PlanView;
import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CheckInService;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.plan.grading.GradeLevel;
import com.partnerqbr.portal.plan.grading.GradingService;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Acme's joint plans, written through the services by the demo people, each step its own
 * transaction: Brightpath's plan agreed at its held QBR of last quarter (two bets, five commitments,
 * two of them overdue, check-ins on three), confirmed by paula and max and graded by both at its
 * QBR of this quarter (they disagree on one); Orbit's plan, confirmed by max and waiting for omar.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPlans {

    @EJB
    private PartnerService partners;

    @EJB
    private QbrService qbrs;

    @EJB
    private DemoQbrs demoQbrs;

    @EJB
    private JointPlanService plans;

    @EJB
    private AttendeeService attendees;

    @EJB
    private PlanItemService items;

    @EJB
    private CheckInService checkIns;

    @EJB
    private GradingService grading;

    @Inject
    private CallerContext callerContext;

    public void write(LocalDate today) {
        Caller max = new Caller("max", "acme", null, Set.of(Role.PARTNER_MANAGER));
        Caller paula = new Caller("paula", "acme", "brightpath", Set.of(Role.PARTNER_ADMIN));
        Caller sam = new Caller("sam", "acme", "brightpath", Set.of(Role.PARTNER_USER));
        Quarter previous = Quarter.of(today).previous();
        for (String partner : List.of("brightpath", "orbit-integrations")) {
            demoQbrs.heldUnlessAny(partner, previous, previous.lastDay().minusDays(3).atTime(15, 0), "max");
        }
        brightpath(heldQbr(max, "brightpath", previous).orElseThrow(), today, max, paula, sam);
        orbit(heldQbr(max, "orbit-integrations", previous).orElseThrow(), today, max);
    }

    private void brightpath(QbrView qbr, LocalDate today, Caller max, Caller paula, Caller sam) {
        Quarter quarter = qbr.quarter().next();
        PlanView plan = as(max, () -> plans.draft(qbr.qbrId()));
        as(max, () -> items.addBet(plan.id(), new BetContent("Win back manufacturing",
                "Brightpath's win rate fell two quarters running, most of the losses in manufacturing",
                Metric.WIN_RATE, new BigDecimal("35"), "An SE on every manufacturing deal over $50k",
                "Pipeline review of every manufacturing deal with the SE before the proposal")));
        as(paula, () -> items.addBet(plan.id(), new BetContent("Unstick the pipeline",
                "Four deals have sat in the same stage for more than 30 days", Metric.PIPELINE_COVERAGE, new BigDecimal("3"),
                "Exec alignment calls on the two largest stuck deals", "A next step and a date on every open deal")));
        LocalDate first = quarter.firstDay();
        LocalDate overdue1 = latest(first.plusDays(1), today.minusDays(12));
        LocalDate overdue2 = latest(first.plusDays(2), today.minusDays(5));
        LocalDate later = quarter.lastDay().minusDays(10);
        long winBack = plan(max, plan.id()).bets().get(0).itemKey();
        add(max, plan.id(), new CommitmentContent(Side.VENDOR, "Max Miller", null, "max", overdue1,
                "hold 2 joint pipeline reviews with Brightpath's sellers", Cadence.EVERY_TWO_WEEKS, winBack));
        add(max, plan.id(), new CommitmentContent(Side.VENDOR, "Erin Evans", null, "erin", later,
                "publish the manufacturing battlecard on the partner portal", Cadence.MONTHLY, winBack));
        add(paula, plan.id(), new CommitmentContent(Side.PARTNER, "Sam Ortega", null, "sam", overdue2,
                "register 5 new deals in manufacturing", Cadence.MONTHLY, winBack));
        add(paula, plan.id(), new CommitmentContent(Side.PARTNER, "Paula Park", null, "paula", later,
                "certify 2 more sales engineers on the analytics suite", Cadence.MONTHLY, null));
        add(paula, plan.id(), new CommitmentContent(Side.PARTNER, "Paula Park", null, "paula", later.plusDays(3),
                "send a next step and a date for each of the 4 stuck deals", Cadence.AT_NEXT_QBR, null));
        as(paula, () -> plans.confirm(plan.id(), plan(paula, plan.id()).version()));
        as(max, () -> plans.confirm(plan.id(), plan(max, plan.id()).version()));
        PlanView inForce = plan(max, plan.id());
        long maxs = inForce.commitments().get(0).id();
        long sams = inForce.commitments().get(2).id();
        long certify = inForce.commitments().get(3).id();
        as(max, () -> checkIns.checkIn(maxs, "One review held; the second moved twice", CommitmentStatus.AT_RISK,
                "Brightpath's sellers are at a trade show", "Book the second review for next week", null));
        as(sam, () -> checkIns.checkIn(sams, "3 deals registered, 2 more in qualification", CommitmentStatus.ON_TRACK,
                null, "Register the two once qualified", null));
        as(paula, () -> checkIns.checkIn(certify, "Both engineers passed the exam", CommitmentStatus.DONE, null, null,
                null));
        if (hasScheduledQbr(max, "brightpath", quarter)) {
            as(max, () -> grading.grade(certify, GradeLevel.DONE, "Both certified in time"));
            as(paula, () -> grading.grade(certify, GradeLevel.DONE, null));
            as(max, () -> grading.grade(maxs, GradeLevel.PARTLY, "One of two reviews held"));
            as(paula, () -> grading.grade(maxs, GradeLevel.NOT_DONE, "The review we had was cut to 20 minutes"));
        }
    }

    private void orbit(QbrView qbr, LocalDate today, Caller max) {
        Quarter quarter = qbr.quarter().next();
        LocalDate due = latest(quarter.firstDay().plusDays(20), today.plusDays(20));
        LocalDate inQuarter = due.isAfter(quarter.lastDay()) ? quarter.lastDay() : due;
        // the people who may own its commitments (Brightpath's are in its held QBR's record)
        as(max, () -> attendees.add(qbr.qbrId(), Side.VENDOR, "Max Miller", null, "max", "Partner manager", true,
                false));
        as(max, () -> attendees.add(qbr.qbrId(), Side.PARTNER, "Omar Haddad", null, "omar", "Partner admin", true,
                false));
        PlanView plan = as(max, () -> plans.draft(qbr.qbrId()));
        as(max, () -> items.addBet(plan.id(), new BetContent("Integration adoption",
                "Joint customers who use the connector renew more often", Metric.INTEGRATION_ADOPTION,
                new BigDecimal("12"), "Connector training for Orbit's delivery team", "The connector in every new project")));
        add(max, plan.id(), new CommitmentContent(Side.VENDOR, "Max Miller", null, "max", inQuarter,
                "run 1 connector training for Orbit's delivery team", Cadence.MONTHLY, null));
        add(max, plan.id(), new CommitmentContent(Side.PARTNER, "Omar Haddad", null, "omar", inQuarter,
                "deploy the connector at 3 joint customers", Cadence.MONTHLY, null));
        add(max, plan.id(), new CommitmentContent(Side.PARTNER, "Omar Haddad", null, "omar", inQuarter,
                "publish 1 joint case study with a connector customer", Cadence.AT_NEXT_QBR, null));
        as(max, () -> plans.confirm(plan.id(), plan(max, plan.id()).version()));
    }

    private Optional<QbrView> heldQbr(Caller caller, String partnerCode, Quarter quarter) {
        return as(caller, () -> qbrs.qbrsOf(partners.findByCode(partnerCode).getId())).stream()
                .filter(q -> q.quarter().equals(quarter) && q.status() == QbrStatus.HELD).findFirst();
    }

    private boolean hasScheduledQbr(Caller caller, String partnerCode, Quarter quarter) {
        return as(caller, () -> qbrs.qbrsOf(partners.findByCode(partnerCode).getId())).stream()
                .anyMatch(q -> q.quarter().equals(quarter) && q.status() != QbrStatus.CANCELLED);
    }

    private void add(Caller caller, long planId, CommitmentContent content) {
        as(caller, () -> items.addCommitment(planId, content));
    }

    private PlanView plan(Caller caller, long planId) {
        return as(caller, () -> plans.view(planId));
    }

    private <T> T as(Caller caller, Supplier<T> work) {
        return callerContext.runAs(caller, work);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
