package com.partnerqbr.portal.audit;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The vendor's audit trail: every change to its partners and people, written by the service
 * making the change in the same transaction (so a change rolled back leaves no entry), read and
 * filtered by the vendor's admins, newest first.
 */
@Stateless
public class AuditTrail {

    private static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    /**
     * Records a change by the caller, now.
     *
     * @param subject what kind of thing changed ({@code partner}, {@code person})
     * @param key     which one: its code or user name
     * @param action  what was done ({@code created}, {@code changed}, {@code archived}...)
     * @param before  its fields before, by name; null when it is new
     * @param after   its fields after, by name
     */
    public void record(String subject, String key, String action, Map<String, String> before,
                       Map<String, String> after) {
        String actor = callerContext.current().name();
        em.persist(new AuditEntry(Instant.now(), actor, subject, key, action, lines(before, after),
                lines(after, before)));
    }

    /**
     * The fields of {@code shown} that differ from {@code other}, one "field: value" a line, in
     * {@code shown}'s order; null when there are none.
     */
    static String lines(Map<String, String> shown, Map<String, String> other) {
        if (shown == null) {
            return null;
        }
        String text = shown.entrySet().stream()
                .filter(e -> other == null ? e.getValue() != null : !Objects.equals(e.getValue(), other.get(e.getKey())))
                .map(e -> e.getKey() + ": " + (e.getValue() == null ? "(none)" : e.getValue()))
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    /** One page of the entries the filter lets through, newest first. */
    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        callerContext.require(Permission.READ_AUDIT_TRAIL);
        return where(filter, "SELECT a FROM AuditEntry a", " ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
    }

    public long count(AuditFilter filter) {
        callerContext.require(Permission.READ_AUDIT_TRAIL);
        return where(filter, "SELECT COUNT(a) FROM AuditEntry a", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(AuditFilter filter, String select, String order, Class<T> type) {
        String subject = filter.subject();
        String text = filter.text() == null || filter.text().isBlank() ? null : Inputs.containsPattern(filter.text());
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (subject != null) {
            jpql.append(" AND a.subject = :subject");
        }
        if (text != null) {
            jpql.append(" AND (LOWER(a.subjectKey) LIKE :text OR LOWER(a.actor) LIKE :text)");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        if (text != null) {
            query.setParameter("text", text);
        }
        return query;
    }
}
