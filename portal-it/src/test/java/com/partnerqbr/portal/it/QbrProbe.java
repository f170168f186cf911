package com.partnerqbr.portal.it;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.Standing;
import com.partnerqbr.portal.review.Qbr;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes what a QBR test starts from, in the caller's tenant: a partner's standing with a known
 * segment (as if the quarter had been recomputed), and QBRs of the past, which the service
 * refuses to schedule.
 */
@Stateless
public class QbrProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public void standing(String partnerCode, Quarter quarter, Segment segment) {
        Standing standing = new Standing(byCode(partnerCode), quarter);
        standing.compute(new Standing.Measures(BigDecimal.ZERO, 1, 0, 0, null, segment, null), null, Instant.now());
        em.persist(standing);
    }

    /** A QBR scheduled three weeks before its start; held an hour after it when {@code held}. */
    public long pastQbr(String partnerCode, Quarter quarter, LocalDateTime startsAt, boolean held) {
        Qbr qbr = new Qbr(byCode(partnerCode), quarter, startsAt, 45, "45-minute QBR with a templated scorecard, quarterly",
                "probe", startsAt.minusDays(21).toInstant(ZoneOffset.UTC));
        if (held) {
            qbr.held(startsAt.plusHours(1).toInstant(ZoneOffset.UTC));
        }
        em.persist(qbr);
        em.flush();
        return qbr.getId();
    }

    private Partner byCode(String code) {
        return em.createNamedQuery("Partner.byCode", Partner.class).setParameter("code", code).getSingleResult();
    }
}
