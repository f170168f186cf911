package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.scorecard.Metric;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * A bet's numbers come from the scorecard, never typed: its baseline is the metric's figure in the
 * quarter the QBR reviewed, its actual the figure in the quarter the plan was for.
 */
@Stateless
public class BetFigures {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The metric's figure on the partner's scorecard of the quarter; null when there is none yet. */
    public BigDecimal figure(Partner partner, Quarter quarter, Metric metric) {
        return em.createQuery("SELECT f.value FROM ScorecardFigure f WHERE f.scorecard.partner = :partner"
                        + " AND f.scorecard.quarter = :quarter AND f.metric = :metric", BigDecimal.class)
                .setParameter("partner", partner).setParameter("quarter", quarter).setParameter("metric", metric)
                .getResultStream().findFirst().orElse(null);
    }
}
