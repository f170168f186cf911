package com.partnerqbr.portal.vendor;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;

/**
 * Claims of the caller's vendor's part of a scheduled job, each in a transaction of its own: every
 * server's timer fires at the due time, the first claim written wins, and the servers that come
 * second (also at the same moment: the unique key refuses their insert) skip that part.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobClaims {

    /** This server, as the claims name it: its JVM's "pid@host". */
    static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** @return whether this server runs the job's part due at that time (false: another one does or did) */
    public boolean claim(String job, Instant dueAt) {
        if (!em.createNamedQuery("JobClaim.of", JobClaim.class).setParameter("job", job)
                .setParameter("dueAt", dueAt).getResultList().isEmpty()) {
            return false;
        }
        try {
            em.persist(new JobClaim(job, dueAt, SERVER, Instant.now()));
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (!claimedByAnother(e)) {
                throw e;
            }
            session.setRollbackOnly();
            return false;
        }
    }

    /** Marks this server's part done. */
    public void finish(String job, Instant dueAt) {
        em.createNamedQuery("JobClaim.of", JobClaim.class).setParameter("job", job).setParameter("dueAt", dueAt)
                .getResultList().forEach(claim -> claim.finish(Instant.now()));
    }

    private static boolean claimedByAnother(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
