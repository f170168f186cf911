package com.partnerqbr.portal.program.tier;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The vendor's tier ladder. */
@Stateless
public class TierService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The tiers from the entry tier up. */
    public List<Tier> ladder() {
        return em.createNamedQuery("Tier.ladder", Tier.class).getResultList();
    }
}
