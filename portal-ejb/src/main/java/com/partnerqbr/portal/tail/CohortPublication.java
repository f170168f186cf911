package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.tail.CohortFigures.Distribution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;

/**
 * Publishes a quarter's cohort figures in a transaction of its own: when two requests publish the
 * same quarter at the same moment, the database's unique key keeps the first and refuses the
 * second, whose caller then reads the first one's figures.
 */
@Stateless
public class CohortPublication {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publish(Quarter quarter, Map<Metric, Distribution> distributions) {
        Instant now = Instant.now();
        distributions.forEach((metric, d) -> em.persist(new CohortFigure(quarter, metric, d.members(),
                d.lowerQuartile(), d.median(), d.upperQuartile(), now)));
        em.flush();
    }
}
