package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.program.Quarter;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;

/**
 * The facts of a quarter's refresh that do not come from the deals (targets, commissions,
 * logins, enablement, co-sell, joint customers), as a service call of its own: the refresh
 * reads them on another thread while it makes its pass over the deals.
 */
@Stateless
public class QuarterFacts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    public Map<Long, PartnerQuarterFacts.Builder> besidesDeals(Quarter quarter, LocalDate today) {
        callerContext.requireVendorStaff("the program's facts are for vendor staff");
        return ProgramFacts.besidesDeals(em, quarter, today);
    }
}
