package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Keeps every change of a joint plan (who, when, before, after) and reads it back, newest first. */
@Stateless
public class PlanHistory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanAccess access;

    public void record(JointPlan plan, String item, String what, String before, String after) {
        em.persist(new PlanChange(plan, item, what, cut(before), cut(after), access.callerName(), now()));
    }

    /** The history of a partner's plans, newest first. */
    public List<PlanChange> of(Partner partner) {
        return em.createNamedQuery("PlanChange.ofPartner", PlanChange.class).setParameter("partner", partner)
                .setMaxResults(500).getResultList();
    }

    static Instant now() {
        return Instant.now();
    }

    /** A bet in one line, as the history and the diff show it. */
    public static String describe(BetContent b) {
        return b == null ? null : b.title() + " | why: " + b.whyItMatters() + " | moves " + b.metric().getLabel()
                + " to " + b.target().stripTrailingZeros().toPlainString() + " | vendor: " + b.vendorCommitment()
                + " | partner: " + b.partnerCommitment();
    }

    /** A commitment in one line, as the history and the diff show it. */
    public static String describe(CommitmentContent c) {
        return c == null ? null : c.side().getLabel() + ": " + c.outcome() + " | owner " + c.ownerName()
                + (c.ownerUsername() != null ? " (" + c.ownerUsername() + ")" : c.ownerEmail() != null
                ? " <" + c.ownerEmail() + ">" : "") + " | due " + c.dueDate() + " | " + c.cadence().getLabel()
                + (c.betKey() != null ? " | bet " + c.betKey() : "");
    }

    private static String cut(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
