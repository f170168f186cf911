package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.plan.commitment.CommitmentRules;
import com.partnerqbr.portal.plan.commitment.CommitmentRules.SidePerson;
import com.partnerqbr.portal.review.attendee.Attendee;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A commitment of a plan checked by {@link CommitmentRules}, its owner among the people of its
 * side: that side's attendees of the plan's QBR (portal users and contacts with an e-mail; the
 * portal has no people directory yet).
 */
@Stateless
public class CommitmentCheck {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanCalendar calendar;

    /** What is vague about the commitment, one sentence each; empty when it may be saved or confirmed. */
    public List<String> problems(JointPlan plan, CommitmentContent c) {
        List<SidePerson> people = c.side() == null ? List.of()
                : em.createNamedQuery("Attendee.ofQbr", Attendee.class).setParameter("qbr", plan.getQbr())
                .getResultList().stream().filter(a -> a.getSide() == c.side())
                .map(a -> new SidePerson(a.getName(), a.getUsername(), a.getEmail())).toList();
        return CommitmentRules.problems(c, calendar.qbrDay(plan), plan.getQuarter(), people);
    }
}
