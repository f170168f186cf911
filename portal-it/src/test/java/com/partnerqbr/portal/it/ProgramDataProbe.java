package com.partnerqbr.portal.it;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.Quarter;
import com.partnerqbr.portal.program.target.QuarterlyTarget;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;

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

    public long scorecardCount() {
        return em.createQuery("SELECT COUNT(s) FROM Scorecard s", Long.class).getSingleResult();
    }

    private Partner byCode(String code) {
        return em.createNamedQuery("Partner.byCode", Partner.class).setParameter("code", code).getSingleResult();
    }
}
