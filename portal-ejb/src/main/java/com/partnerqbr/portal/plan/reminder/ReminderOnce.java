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
import java.util.function.Supplier;

/**
 * Writes one reminder in a transaction of its own: its messages composed (the one-click unsubscribe
 * token of an address new to the vendor's mail made with them), its key, then its messages to the
 * outbox. A key written before (an earlier run) is skipped; a key another run writes at the same
 * moment makes the unique key refuse this one's insert, and the whole transaction, messages and
 * tokens included, rolls back.
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
        return send(key, () -> messages);
    }

    /**
     * The messages composed in this transaction, so that what they write (an address's unsubscribe token)
     * commits or rolls back with them. @return whether this call wrote the reminder (false: it went out
     * before, or it has no message: nobody it is for has an address or wants it)
     */
    public boolean send(String key, Supplier<List<MailMessage>> composed) {
        if (em.createNamedQuery("SentReminder.count", Long.class).setParameter("key", key).getSingleResult() > 0) {
            return false;
        }
        List<MailMessage> messages = composed.get();
        if (messages.isEmpty()) {
            return false;
        }
        em.persist(new SentReminder(key, Instant.now(), messages.size()));
        em.flush();
        messages.forEach(outbox::send);
        return true;
    }
}
