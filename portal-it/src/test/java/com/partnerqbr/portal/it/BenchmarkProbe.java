package com.partnerqbr.portal.it;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.Quarter;
import com.partnerqbr.portal.scorecard.Metric;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Writes a large program for the segmentation benchmark and runs the raw SQL ranking query on it. */
@Stateless
public class BenchmarkProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Partners with codes p0..p(n-1), each with dealsEach won deals spread over the four quarters up to {@code last}. */
    public void program(int partners, int dealsEach, Quarter last) {
        LocalDate first = last.minus(3).firstDay();
        long span = last.lastDay().toEpochDay() - first.toEpochDay();
        for (int p = 0; p < partners; p++) {
            Partner partner = new Partner("p" + p, "Partner " + p, PartnerType.RESELLER, "EMEA", LocalDate.of(2020, 1, 1),
                    null);
            em.persist(partner);
            for (int d = 0; d < dealsEach; d++) {
                LocalDate closed = first.plusDays((p * 31L + d * 7L) % (span + 1));
                Deal deal = new Deal("p" + p + "-" + d, partner);
                deal.update(partner, "Customer", BigDecimal.valueOf(1000L + (p * 7919L + d * 104729L) % 50_000), "USD",
                        DealOrigin.SOURCED, DealStage.WON, closed, closed.minusDays(40), closed.minusDays(35),
                        closed.minusDays(40), closed, closed, null, "Retail");
                em.persist(deal);
            }
            if (p % 500 == 499) {
                em.flush();
                em.clear();
            }
        }
    }

    /**
     * The raw SQL ranking the recompute is compared with: trailing attributed revenue per partner
     * ranked with a window function. A native query on tenant tables, so it carries the vendor
     * predicate itself (EclipseLink refuses native queries in a multitenant unit unless a query
     * asks for it); returns the number of ranked partners.
     */
    public int rawRanking(String vendor, Quarter quarter) {
        List<?> rows = em.createNativeQuery("SELECT t.partner_id, t.total, RANK() OVER (ORDER BY t.total DESC) FROM"
                        + " (SELECT s.partner_id, SUM(f.figure_value) AS total FROM scorecard_figure f"
                        + " JOIN scorecard s ON s.id = f.scorecard_id WHERE s.vendor_id = ?1 AND f.vendor_id = ?1"
                        + " AND f.metric = ?2 AND s.quarter >= ?3 AND s.quarter <= ?4 GROUP BY s.partner_id) t")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, vendor).setParameter(2, Metric.ATTRIBUTED_REVENUE.name())
                .setParameter(3, quarter.minus(3).toString()).setParameter(4, quarter.toString()).getResultList();
        return rows.size();
    }
}
