package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Keeps every change of a joint plan (who, when, before, after) and reads it back, newest first, a
 * page at a time: to everyone who reads the partner's plan (vendor staff, the partner's users);
 * another vendor's or partner's id answers "not found" ({@link PartnerService#find}).
 */
@Stateless
public class PlanHistory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PlanAccess access;

    @EJB
    private PartnerService partners;

    /** One change as the history page shows it: the plan version, the item, what, before, after, who and when. */
    public record Entry(long id, Quarter quarter, int planNumber, String item, String what, String before,
                        String after, String by, Instant at) implements Serializable {
    }

    public void record(JointPlan plan, String item, String what, String before, String after) {
        em.persist(new PlanChange(plan, item, what, cut(before), cut(after), access.callerName(), now()));
    }

    /** A page of the history of a partner's plans (every version, every quarter), newest first. */
    public List<Entry> page(long partnerId, int first, int size) {
        Partner partner = partners.find(partnerId);
        return em.createNamedQuery("PlanChange.ofPartner", PlanChange.class).setParameter("partner", partner)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList()
                .stream().map(c -> new Entry(c.getId(), c.getPlan().getQuarter(), c.getPlan().getNumber(), c.getItem(),
                        c.getWhat(), c.getBefore(), c.getAfter(), c.getChangedBy(), c.getChangedAt())).toList();
    }

    public long count(long partnerId) {
        return em.createNamedQuery("PlanChange.countOfPartner", Long.class)
                .setParameter("partner", partners.find(partnerId)).getSingleResult();
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
