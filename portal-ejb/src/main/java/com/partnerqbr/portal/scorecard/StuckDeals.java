package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService;
import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.deal.DealStage;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The deals behind the "stuck deals" figure, one by one, as both sides see them: open deals in
 * the same stage for at least the stuck-deal age of the definition in force for the partner,
 * longest stuck first. Vendor staff for any partner of theirs, a partner user for its own: the
 * scorecard page's ({@link ScorecardService#page}), which finds the partner.
 */
@Stateless
public class StuckDeals {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private MetricDefinitionService definitions;

    /** A stuck deal: "D-1042 Northwind, Propose, 41 days, $30,000". */
    public record StuckDeal(String externalId, String customer, DealStage stage, long days, BigDecimal amount,
                            String currency) implements Serializable {
    }

    /** What the list holds: the age a deal counts as stuck from, the day it is counted on, the deals. */
    public record StuckList(int stuckAfterDays, LocalDate asOf, List<StuckDeal> deals) implements Serializable {
    }

    /** A partner's stuck deals today; the partner is one the caller was given by {@code PartnerService}. */
    public StuckList of(Partner partner) {
        int age = definitions.inForce(partner, Metric.STUCK_DEALS).map(d -> d.getParameter().intValue())
                .orElse(Metric.STUCK_DEALS.getDefaultParameter().intValue());
        LocalDate today = ProgramCalendar.today();
        List<DealStage> open = Stream.of(DealStage.values()).filter(DealStage::isOpen).toList();
        List<StuckDeal> deals = em.createNamedQuery("Deal.stuckOfPartner", Deal.class)
                .setParameter("partner", partner).setParameter("stages", open)
                .setParameter("cutoff", today.minusDays(age)).getResultList().stream()
                .map(d -> new StuckDeal(d.getExternalId(), d.getCustomer(), d.getStage(),
                        ChronoUnit.DAYS.between(d.getStageEnteredOn(), today), d.getAmount(), d.getCurrency()))
                .toList();
        return new StuckList(age, today, deals);
    }
}
