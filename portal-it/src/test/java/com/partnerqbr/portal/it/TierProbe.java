package com.partnerqbr.portal.it;

import com.partnerqbr.portal.enablement.EnablementRecord;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.tier.Tier;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** Sets and reads partners' approved tiers and writes certifications for a test vendor, in the caller's tenant. */
@Stateless
public class TierProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Approves a tier of the ladder in force for a partner, as if a proposal had been approved long ago. */
    public void approve(String partnerCode, String tierName) {
        Tier tier = em.createQuery("SELECT t FROM Tier t WHERE t.name = :name ORDER BY t.ladderVersion DESC", Tier.class)
                .setParameter("name", tierName).setMaxResults(1).getSingleResult();
        byCode(partnerCode).approveTier(tier);
    }

    /** The partner's approved tier as "Gold v1"; "none" without one. */
    public String approvedTier(String partnerCode) {
        Tier tier = byCode(partnerCode).getTier();
        return tier == null ? "none" : tier.getName() + " v" + tier.getLadderVersion();
    }

    public void certified(String partnerCode, String person, LocalDate completedOn) {
        Partner partner = byCode(partnerCode);
        EnablementRecord record = new EnablementRecord(partnerCode + "-" + person, partner);
        record.update(partner, person, "Solution architect certification", true, completedOn.minusDays(20), completedOn);
        em.persist(record);
    }

    private Partner byCode(String code) {
        return em.createNamedQuery("Partner.byCode", Partner.class).setParameter("code", code).getSingleResult();
    }
}
