package com.partnerqbr.portal.plan.grading;

import com.partnerqbr.portal.plan.BetFigures;
import com.partnerqbr.portal.plan.JointPlan;
import com.partnerqbr.portal.plan.JointPlanService;
import com.partnerqbr.portal.plan.PlanStatus;
import com.partnerqbr.portal.plan.PlanView;
import com.partnerqbr.portal.plan.commitment.CheckInService;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The previous plan carried into the next QBR's first agenda section, with its results. */
@Stateless
public class CarryForwardService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess qbrs;

    @Inject
    private JointPlanService plans;

    @Inject
    private CheckInService checkIns;

    @Inject
    private GradingService grading;

    @Inject
    private BetFigures figures;

    /** The plan in force for the quarter the QBR reviews, with results; empty when there was none. */
    public Optional<CarryForward> forQbr(long qbrId) {
        Qbr qbr = qbrs.readable(qbrId);
        Optional<JointPlan> plan = em.createQuery("SELECT p FROM JointPlan p WHERE p.partner = :partner"
                        + " AND p.quarter = :quarter AND p.status = :status", JointPlan.class)
                .setParameter("partner", qbr.getPartner()).setParameter("quarter", qbr.getQuarter())
                .setParameter("status", PlanStatus.IN_FORCE).getResultStream().findFirst();
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        PlanView view = plans.view(plan.get().getId());
        return Optional.of(new CarryForward(view,
                view.bets().stream().map(b -> new CarryForward.BetResult(b.content().title(), b.content().metric(),
                        b.baseline(), b.content().target(),
                        figures.figure(qbr.getPartner(), qbr.getQuarter(), b.content().metric()))).toList(),
                view.commitments().stream().map(c -> new CarryForward.CommitmentResult(c, checkIns.history(c.id()),
                        grading.grades(c.id()))).toList(),
                grading.followThrough(qbr.getPartner().getId())));
    }
}
