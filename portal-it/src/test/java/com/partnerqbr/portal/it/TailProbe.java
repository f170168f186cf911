package com.partnerqbr.portal.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Puts a program review session in the past, as if it had been held: the service moves sessions only ahead. */
@Stateless
public class TailProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public void heldYesterday(long sessionId) {
        em.createNativeQuery("UPDATE program_review_session SET starts_at = UTC_TIMESTAMP(3) - INTERVAL 1 DAY,"
                + " version = version + 1 WHERE id = ?").setParameter(1, sessionId).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }
}
