package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.plan.commitment.CommitmentRules;
import com.partnerqbr.portal.plan.commitment.CommitmentRules.SidePerson;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.review.attendee.Attendee;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A commitment of a plan checked by {@link CommitmentRules}, its owner among the people of its
 * side: that side's attendees of the plan's QBR (portal users and contacts with an e-mail) and that
 * side's active people of the portal's directory (the vendor's staff; the partner's users). A
 * refusal names the vendor's staff only to the vendor's staff.
 */
@Stateless
public class CommitmentCheck {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanCalendar calendar;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PeopleDirectory directory;

    /**
     * The commitment as it may be saved in the plan: its words trimmed to their limits; refused with
     * every reason when it is vague, or serves a bet not in the plan.
     */
    public CommitmentContent cleaned(JointPlan plan, CommitmentContent c) {
        CommitmentContent clean = new CommitmentContent(c.side(), Inputs.required(c.ownerName(), "the owner's name", 200),
                Inputs.optional(c.ownerEmail(), "the owner's e-mail", 254),
                Inputs.optional(c.ownerUsername(), "the owner's portal user name", 255), c.dueDate(),
                Inputs.required(c.outcome(), "the measurable outcome", 500), c.cadence(), c.betKey());
        List<String> problems = problems(plan, clean);
        if (!problems.isEmpty()) {
            throw new RefusedException(String.join(" ", problems));
        }
        if (clean.betKey() != null && em.createNamedQuery("Bet.ofPlan", Bet.class).setParameter("plan", plan)
                .getResultList().stream().noneMatch(b -> b.getItemKey() == clean.betKey())) {
            throw new RefusedException("The bet this commitment serves is not in this version of the plan.");
        }
        return clean;
    }

    /** What is vague about the commitment, one sentence each; empty when it may be saved or confirmed. */
    public List<String> problems(JointPlan plan, CommitmentContent c) {
        return CommitmentRules.problems(c, calendar.qbrDay(plan), plan.getQuarter(),
                c.side() == null ? List.of() : people(plan, c.side()));
    }

    /** The side's attendees of the plan's QBR, then its people of the directory who are not among them. */
    private List<SidePerson> people(JointPlan plan, Side side) {
        List<SidePerson> people = new ArrayList<>(em.createNamedQuery("Attendee.ofQbr", Attendee.class)
                .setParameter("qbr", plan.getQbr()).getResultList().stream().filter(a -> a.getSide() == side)
                .map(a -> new SidePerson(a.getName(), a.getUsername(), a.getEmail())).toList());
        boolean named = side == Side.PARTNER || callerContext.current().isVendorStaff();
        directory.activeOfSide(side == Side.VENDOR ? null : plan.getPartner().getCode()).stream()
                .map(p -> new SidePerson(null, p.getUsername(), p.getEmail(), named))
                .filter(p -> people.stream().noneMatch(p::sameAs)).toList().forEach(people::add);
        return people;
    }
}
