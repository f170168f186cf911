package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Parts of a quarter's facts as service calls of their own, so that a refresh reads them on
 * other threads while it reads its own part: the facts that do not come from the deals
 * (targets, commissions, logins, enablement, co-sell, joint customers) and a pass over a
 * range of the deals.
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

    public List<DealTotals> dealPass(Quarter quarter, LocalDate today, List<Integer> stuckAges, long[] idRange) {
        callerContext.requireVendorStaff("the program's facts are for vendor staff");
        return ProgramFacts.dealPass(em, quarter, today, stuckAges, idRange);
    }
}
