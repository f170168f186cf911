package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The vendor's sent-mail log for its admins: every message of its outbox, newest first, a page at a time. */
@Stateless
public class SentMailLog {

    private static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    public List<SentMail> page(int first, int size) {
        callerContext.require(Permission.READ_SENT_MAIL);
        return em.createNamedQuery("OutboxMessage.log", SentMail.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
    }

    public long count() {
        callerContext.require(Permission.READ_SENT_MAIL);
        return em.createNamedQuery("OutboxMessage.count", Long.class).getSingleResult();
    }
}
