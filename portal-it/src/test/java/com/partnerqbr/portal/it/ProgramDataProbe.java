package com.partnerqbr.portal.it;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.program.target.QuarterlyTarget;
import com.partnerqbr.portal.scorecard.Metric;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Writes hand-built program data for a test vendor, behind the tenant interceptor like any service. */
@Stateless
public class ProgramDataProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public long partner(String code, PartnerType type) {
        Partner partner = new Partner(code, "Partner " + code, type, "EMEA", LocalDate.of(2024, 1, 1), null);
        em.persist(partner);
        em.flush();
        return partner.getId();
    }

    /** Makes a partner manager (by user name; null for none) the partner's owner, the rest kept. */
    public void owned(String partnerCode, String owner) {
        Partner p = byCode(partnerCode);
        p.describe(p.getName(), p.getType(), p.getRegion(), p.getJoinedOn(), p.getTimeZone(), owner);
    }

    public void target(String partnerCode, Quarter quarter, long amount) {
        Partner partner = byCode(partnerCode);
        QuarterlyTarget target = new QuarterlyTarget(partnerCode + "/" + quarter, partner);
        target.update(partner, quarter, BigDecimal.valueOf(amount), "USD");
        em.persist(target);
    }

    /** A closed deal: won or lost on the day given. */
    public void closed(String id, String partnerCode, long amount, DealOrigin origin, DealStage stage, LocalDate closedOn) {
        deal(id, partnerCode, amount, origin, stage, closedOn.minusDays(60), closedOn, closedOn);
    }

    /** An open deal, in its stage since the day given. */
    public void open(String id, String partnerCode, long amount, DealStage stage, LocalDate createdOn,
                     LocalDate stageEnteredOn) {
        deal(id, partnerCode, amount, DealOrigin.SOURCED, stage, createdOn, stageEnteredOn, null);
    }

    private void deal(String id, String partnerCode, long amount, DealOrigin origin, DealStage stage, LocalDate created,
                      LocalDate stageEntered, LocalDate closed) {
        Partner partner = byCode(partnerCode);
        Deal deal = new Deal(id, partner);
        deal.update(partner, "Customer of " + id, BigDecimal.valueOf(amount), "USD", origin, stage, stageEntered,
                created, created.plusDays(3), created, closed == null ? created.plusDays(90) : closed, closed,
                stage == DealStage.LOST ? LossReason.COMPETITIVE : null, "Retail");
        em.persist(deal);
    }

    /**
     * {@code count} resellers coded {@code prefix-0000}..., partner {@code i} with one sourced
     * deal of {@code 1,000 + i} won on the day given; in one transaction.
     */
    public void partnersWithOneWin(String prefix, int count, LocalDate wonOn) {
        for (int i = 0; i < count; i++) {
            String code = String.format("%s-%04d", prefix, i);
            Partner partner = new Partner(code, "Partner " + code, PartnerType.RESELLER, "EMEA", LocalDate.of(2024, 1, 1),
                    null);
            em.persist(partner);
            Deal deal = new Deal("win-" + code, partner);
            deal.update(partner, "Customer of " + code, BigDecimal.valueOf(1_000 + i), "USD", DealOrigin.SOURCED,
                    DealStage.WON, wonOn, wonOn.minusDays(60), wonOn.minusDays(57), wonOn.minusDays(60), wonOn, wonOn,
                    null, "Retail");
            em.persist(deal);
        }
    }

    /** By partner code: the value of a metric's figure on each scorecard of the quarter. */
    public Map<String, BigDecimal> figures(Quarter quarter, Metric metric) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT f.scorecard.partner.code, f.value FROM ScorecardFigure f"
                        + " WHERE f.scorecard.quarter = :quarter AND f.metric = :metric", Object[].class)
                .setParameter("quarter", quarter).setParameter("metric", metric).getResultList()) {
            values.put((String) row[0], (BigDecimal) row[1]);
        }
        return values;
    }

    public long scorecardCount() {
        return em.createQuery("SELECT COUNT(s) FROM Scorecard s", Long.class).getSingleResult();
    }

    private Partner byCode(String code) {
        return em.createNamedQuery("Partner.byCode", Partner.class).setParameter("code", code).getSingleResult();
    }
}
