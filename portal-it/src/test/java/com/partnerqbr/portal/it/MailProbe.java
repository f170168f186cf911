package com.partnerqbr.portal.it;

import com.partnerqbr.portal.mail.OutboxMessage;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the caller's vendor's outbox and scorecard figures for the mail tests, behind the tenant interceptor. */
@Stateless
public class MailProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A figure of the partner's scorecard of the quarter, to question. */
    public long figureOf(String partnerCode) {
        return em.createQuery("SELECT f.id FROM ScorecardFigure f WHERE f.scorecard.partner.code = :code ORDER BY f.id",
                Long.class).setParameter("code", partnerCode).setMaxResults(1).getSingleResult();
    }

    /** The outbox rows whose text holds the token (each test's disputes carry a token of their own). */
    public List<OutboxMessage> outboxRowsWith(String token) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.textBody LIKE :token ORDER BY m.id", OutboxMessage.class)
                .setParameter("token", "%" + token + "%").getResultList();
    }
}
