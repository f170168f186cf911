package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.deal.DealStage;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The deals behind the "stuck deals" figure, one by one, as both sides see them: open deals in
 * the same stage for at least the stuck-deal age of the definition in force for the partner,
 * longest stuck first. Vendor staff for any partner of theirs, a partner user for its own: read by the
 * scorecard page ({@link ScorecardService#page}), which finds the partner, in its call (not a bean of its
 * own: a second service call cost 0.5% of the page).
 */
public final class StuckDeals {

    /** A stuck deal: "D-1042 Northwind, Propose, 41 days, $30,000". */
    public record StuckDeal(String externalId, String customer, DealStage stage, long days, BigDecimal amount,
                            String currency) implements Serializable {
    }

    /** What the list holds: the age a deal counts as stuck from, the day it is counted on, the deals. */
    public record StuckList(int stuckAfterDays, LocalDate asOf, List<StuckDeal> deals) implements Serializable {
    }

    private StuckDeals() {
    }

    /**
     * A partner's stuck deals today, by the stuck-deal age of the definition in force for it (which the page
     * reads with its stamp); the partner is one the caller was given by {@code PartnerService}.
     */
    static StuckList of(EntityManager em, Partner partner, int age) {
        LocalDate today = ProgramCalendar.today();
        List<DealStage> open = Stream.of(DealStage.values()).filter(DealStage::isOpen).toList();
        // The columns shown, not the deals as entities (a third of this list's server time went to building them).
        List<StuckDeal> deals = em.createNamedQuery("Deal.stuckOfPartner", Object[].class)
                .setParameter("partner", partner).setParameter("stages", open)
                .setParameter("cutoff", today.minusDays(age)).getResultList().stream()
                .map(row -> new StuckDeal((String) row[0], (String) row[1], (DealStage) row[2],
                        ChronoUnit.DAYS.between((LocalDate) row[3], today), (BigDecimal) row[4], (String) row[5]))
                .toList();
        return new StuckList(age, today, deals);
    }
}
