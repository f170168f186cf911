package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.plan.PlanCalendar;
import com.partnerqbr.portal.plan.grading.CarryForward;
import com.partnerqbr.portal.plan.grading.CarryForwardService;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;

/**
 * The joint plan that was in force for the quarter a QBR reviews, opening its agenda: bets with
 * their actuals from the scorecard, commitments with check-ins and both sides' grades, and the
 * follow-through of both sides.
 */
@Named
@RequestScoped
public class QbrJointPlan {

    @EJB
    private CarryForwardService carryForward;

    @EJB
    private PlanCalendar calendar;

    private Optional<CarryForward> carried;

    /** A moment (a check-in) in the program's time zone, the zone named. */
    public String shown(Instant at) {
        return calendar.shown(at);
    }

    public CarryForward of(long qbrId) {
        if (carried == null) {
            try {
                carried = carryForward.forQbr(qbrId);
            } catch (NotFoundException e) {
                carried = Optional.empty();
            }
        }
        return carried.orElse(null);
    }
}
