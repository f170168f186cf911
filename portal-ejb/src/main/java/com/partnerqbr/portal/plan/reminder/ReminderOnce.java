package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.mail.MailMessage;
import com.partnerqbr.portal.mail.Outbox;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Writes one reminder in a transaction of its own: its key, then its messages to the outbox. A key
 * written before (an earlier run) is skipped; a key another run writes at the same moment makes
 * the unique key refuse this one's insert, and the whole transaction, messages included, rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderOnce {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private Outbox outbox;

    /** @return whether this call wrote the reminder (false: it went out before) */
    public boolean send(String key, List<MailMessage> messages) {
        if (em.createNamedQuery("SentReminder.count", Long.class).setParameter("key", key).getSingleResult() > 0) {
            return false;
        }
        em.persist(new SentReminder(key, Instant.now(), messages.size()));
        em.flush();
        messages.forEach(outbox::send);
        return true;
    }
}
