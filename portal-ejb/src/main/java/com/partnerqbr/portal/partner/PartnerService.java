package com.partnerqbr.portal.partner;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Partners of the caller's vendor. Vendor staff see the whole program; a partner user
 * sees only its own partner, and any other partner answers "not found". Lists hold the partners
 * in the program, or the archived ones; an archived partner is still found by id or code (its
 * history stays readable).
 */
@Stateless
public class PartnerService {

    /** Columns the partner list may be sorted by, mapped to their JPQL paths. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "p.name",
            "code", "p.code",
            "type", "p.type",
            "region", "p.region",
            "tier", "t.rank",
            "joinedOn", "p.joinedOn");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    /**
     * One page of the vendor's partners.
     *
     * @param nameFilter part of the name to match, ignoring case; blank for all
     * @param archived   true: the archived partners; false: those in the program
     * @param mine       true: only the caller's book (partners whose owner is the caller's user name)
     * @param sortField  one of name, code, type, region, tier, joinedOn; anything else sorts by name
     */
    public List<Partner> list(String nameFilter, boolean archived, boolean mine, String sortField, boolean ascending,
                              int first, int pageSize) {
        requireVendorStaff();
        String order = SORTABLE.getOrDefault(sortField, "p.name") + (ascending ? " ASC" : " DESC");
        TypedQuery<Partner> query = em.createQuery(
                "SELECT p FROM Partner p LEFT JOIN p.tier t WHERE LOWER(p.name) LIKE :name AND "
                        + archivedClause(archived) + ownerClause(mine) + " ORDER BY "
                        + order + ", p.id", Partner.class);
        return withOwner(query.setParameter("name", likePattern(nameFilter)), mine)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /** How many partners {@link #list} pages through. */
    public long count(String nameFilter, boolean archived, boolean mine) {
        requireVendorStaff();
        return withOwner(em.createQuery("SELECT COUNT(p) FROM Partner p WHERE LOWER(p.name) LIKE :name AND "
                        + archivedClause(archived) + ownerClause(mine), Long.class)
                .setParameter("name", likePattern(nameFilter)), mine)
                .getSingleResult();
    }

    /** The ids of the caller's book: the partners in the program whose owner is the caller's user name. */
    public Set<Long> bookIds() {
        requireVendorStaff();
        return Set.copyOf(withOwner(em.createQuery("SELECT p.id FROM Partner p WHERE "
                + archivedClause(false) + ownerClause(true), Long.class), true).getResultList());
    }

    /**
     * The partner the caller may act on, by id: vendor staff any of their vendor's partners, a
     * partner user only its own; any other id answers "not found". With {@link #find(Class, long,
     * String)} and {@link #ownPartner()} the one place partner users are confined.
     */
    public Partner find(long id) {
        Caller caller = callerContext.current();
        Partner partner = em.find(Partner.class, id);
        if (partner == null || !isVisibleTo(partner, caller)) {
            throw new NotFoundException("partner", id);
        }
        return partner;
    }

    /**
     * A row of one partner by id (a scorecard figure, a dispute, a QBR...), if the caller may act
     * on its partner; otherwise "not found", exactly like an unknown id. Services load such rows
     * by id only here ({@code PartnerConfinementTest} checks it).
     */
    public <T extends OfPartner> T find(Class<T> type, long id, String what) {
        T row = em.find(type, id);
        if (row == null || !isVisibleTo(row.getPartner(), callerContext.current())) {
            throw new NotFoundException(what, id);
        }
        return row;
    }

    /**
     * A partner by its code (the key the API uses): vendor staff see any of their vendor's
     * partners, a partner user only its own. Another vendor's code answers "not found"
     * exactly like an unknown one.
     */
    public Partner findByCode(String code) {
        Caller caller = callerContext.current();
        Partner partner = em.createNamedQuery("Partner.byCode", Partner.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (partner == null || !isVisibleTo(partner, caller)) {
            throw new NotFoundException("partner", code);
        }
        return partner;
    }

    /** The partner a partner user belongs to. */
    public Partner ownPartner() {
        Caller caller = callerContext.current();
        if (!caller.isPartnerUser()) {
            throw new AccessDeniedException("only partner users have an own partner");
        }
        return em.createNamedQuery("Partner.byCode", Partner.class)
                .setParameter("code", caller.partnerCode())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("partner", caller.partnerCode()));
    }

    private static boolean isVisibleTo(Partner partner, Caller caller) {
        if (caller.isVendorStaff()) {
            return true;
        }
        return caller.isPartnerUser() && partner.getCode().equals(caller.partnerCode());
    }

    private static String archivedClause(boolean archived) {
        return archived ? "p.archivedAt IS NOT NULL" : "p.archivedAt IS NULL";
    }

    /** The caller's book: the owner is the caller's own user name, within the caller's vendor like every query. */
    private static String ownerClause(boolean mine) {
        return mine ? " AND p.owner = :owner" : "";
    }

    private <T> TypedQuery<T> withOwner(TypedQuery<T> query, boolean mine) {
        return mine ? query.setParameter("owner", callerContext.current().name()) : query;
    }

    private void requireVendorStaff() {
        callerContext.requireVendorStaff("the partner list is for vendor staff");
    }

    /** A LIKE pattern matching names that contain the filter, ignoring case; "%" for a blank filter. */
    public static String likePattern(String filter) {
        return Inputs.containsPattern(filter);
    }
}
