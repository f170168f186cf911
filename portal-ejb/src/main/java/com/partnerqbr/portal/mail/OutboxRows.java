package com.partnerqbr.portal.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sender's steps on the caller's vendor's outbox, each committed on its own before the
 * next: which messages are due, claiming one (one UPDATE that only one transaction can win),
 * marking it sent or failed (only by the sender that holds the claim).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

    private static final int BATCH = 50;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Messages due now: pending ones whose time has come, and ones claimed by a sender that died. */
    public List<Long> due(Instant now) {
        return em.createNamedQuery("OutboxMessage.due", Long.class)
                .setParameter("now", now)
                .setParameter("stale", now.minus(Retries.STALE_CLAIM))
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Claims a due message for this sender; false when another sender has it or it is not due any more. */
    public boolean claim(long id, String by, Instant now) {
        return em.createNamedQuery("OutboxMessage.claim")
                .setParameter("id", id)
                .setParameter("by", by)
                .setParameter("now", now)
                .setParameter("stale", now.minus(Retries.STALE_CLAIM))
                .executeUpdate() == 1;
    }

    /** The files of a message, in the order they were written. */
    public List<MailAttachment> attachments(long id) {
        return em.createNamedQuery("MailAttachment.ofMessage", MailAttachment.class).setParameter("message", id)
                .getResultList();
    }

    /** The claimed message, read after the claim committed. */
    public Optional<OutboxMessage> claimed(long id, String by) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id)).filter(m -> by.equals(m.getClaimedBy()));
    }

    public void sent(long id, String by, Instant now) {
        em.createNamedQuery("OutboxMessage.sent")
                .setParameter("id", id).setParameter("by", by).setParameter("now", now).executeUpdate();
    }

    /** Back to pending with the time of the next attempt, or failed for good after the last one. */
    public void failed(long id, String by, int attempts, String error, Instant now) {
        Optional<Instant> next = Retries.nextAttempt(attempts, now);
        em.createNamedQuery("OutboxMessage.failed")
                .setParameter("id", id).setParameter("by", by)
                .setParameter("status", next.isPresent() ? OutboxStatus.PENDING : OutboxStatus.FAILED)
                .setParameter("next", next.orElse(now))
                .setParameter("error", error.length() > 500 ? error.substring(0, 499) + "…" : error)
                .executeUpdate();
    }
}
