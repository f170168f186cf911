package com.partnerqbr.portal.demo;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.tier.Tier;
import com.partnerqbr.portal.program.tier.TierCriterion;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one vendor's demo program; runs in that vendor's tenant like any service. */
@Stateless
public class DemoProgramWriter {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * Writes the program (tiers, partners and eight quarters of history up to {@code today})
     * in a transaction of its own.
     *
     * @return the number of partners written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int write(DemoProgram program, LocalDate today) {
        Map<String, Tier> tiers = new HashMap<>();
        for (DemoProgram.TierSpec spec : program.tiers()) {
            List<TierCriterion> criteria = new ArrayList<>();
            spec.criteria().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(c -> criteria.add(new TierCriterion(c.getKey(), c.getValue())));
            Tier tier = new Tier(spec.name(), spec.rank(), spec.benefits(), 1, criteria);
            em.persist(tier);
            tiers.put(spec.name(), tier);
        }
        Map<String, Partner> partners = new HashMap<>();
        for (DemoProgram.PartnerSpec spec : program.partners()) {
            Partner partner = new Partner(spec.code(), spec.name(), spec.type(), spec.region(), spec.joinedOn(),
                    tiers.get(spec.tier()));
            partner.describe(spec.name(), spec.type(), spec.region(), spec.joinedOn(), null, spec.owner());
            em.persist(partner);
            partners.put(spec.code(), partner);
        }
        DemoHistory.generate(program, partners, today, em::persist);
        return program.partners().size();
    }
}
