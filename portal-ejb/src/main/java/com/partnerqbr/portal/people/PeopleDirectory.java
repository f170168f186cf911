package com.partnerqbr.portal.people;

import com.partnerqbr.portal.audit.AuditTrail;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor's people: each person with e-mail, role, partner, status and last sign-in, kept up
 * to date from the claims of every sign-in. Vendor admins read all of them; a partner's admin
 * only its own partner's people (confined here, not in the page). A new person and a change the
 * sign-in brings (role, partner, address) are in the audit trail.
 */
@Stateless
public class PeopleDirectory {

    static final String SUBJECT = "person";
    private static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @Inject
    private AuditTrail audit;

    /**
     * Records the calling person's sign-in: the person is active, with the token's address, role and
     * partner. A sign-in that changes nothing but its time (nearly all) is one statement without the
     * row's version, so sign-ins of one person at the same moment (tabs, devices, servers) never
     * refuse each other; the last time wins.
     */
    public void signedIn() {
        Caller caller = callerContext.current();
        Optional<Role> role = Arrays.stream(Role.values()).filter(caller::hasRole).findFirst();
        if (role.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Optional<Person> stored = em.createNamedQuery("Person.byUsername", Person.class)
                .setParameter("username", caller.name()).getResultStream().findFirst();
        Map<String, String> before = stored.map(PeopleDirectory::fields).orElse(null);
        if (stored.isPresent() && before.equals(fields(caller.email(), role.get().roleName(), caller.partnerCode(),
                PersonStatus.ACTIVE))) {
            em.createNamedQuery("Person.signedInAt").setParameter("id", stored.get().getId()).setParameter("at", now)
                    .executeUpdate();
            return;
        }
        Person person = stored.orElseGet(() -> new Person(caller.name(), caller.email(), role.get().roleName(),
                caller.partnerCode(), PersonStatus.ACTIVE));
        person.signedIn(caller.email(), role.get().roleName(), caller.partnerCode(), now);
        if (stored.isEmpty()) {
            em.persist(person);
            audit.record(SUBJECT, caller.name(), "signed in first", null, fields(person));
        } else {
            audit.record(SUBJECT, caller.name(), "changed at sign-in", before, fields(person));
        }
    }

    /** One page of the people the caller may see, by partner (staff first) and user name. */
    public List<Person> page(int first, int size) {
        return query("SELECT p FROM Person p", " ORDER BY p.partnerCode, p.username", Person.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
    }

    public long count() {
        return query("SELECT COUNT(p) FROM Person p", "", Long.class).getSingleResult();
    }

    /**
     * The active people of one side, by user name: the vendor's staff (no partner code), or the users of
     * the partner with this code. For the services that check who may own a commitment, which decide
     * what of it the caller is shown; not a page's list (that is {@link #page}).
     */
    public List<Person> activeOfSide(String partnerCode) {
        List<String> roles = Arrays.stream(Role.values()).filter(r -> r != Role.VENDOR_INTEGRATION
                && r.isVendorStaff() == (partnerCode == null)).map(Role::roleName).toList();
        TypedQuery<Person> query = em.createQuery("SELECT p FROM Person p WHERE p.status = :active AND p.role IN :roles"
                + (partnerCode == null ? " AND p.partnerCode IS NULL" : " AND p.partnerCode = :partner")
                + " ORDER BY p.username", Person.class)
                .setParameter("active", PersonStatus.ACTIVE).setParameter("roles", roles);
        if (partnerCode != null) {
            query.setParameter("partner", partnerCode);
        }
        return query.getResultList();
    }

    /** The people the caller may see: a partner's admin only its own partner's. */
    private <T> TypedQuery<T> query(String select, String order, Class<T> type) {
        Caller caller = callerContext.require(Permission.READ_PEOPLE);
        if (caller.isPartnerUser()) {
            return em.createQuery(select + " WHERE p.partnerCode = :partner" + order, type)
                    .setParameter("partner", caller.partnerCode());
        }
        return em.createQuery(select + order, type);
    }

    /** The fields of a person the audit trail shows. */
    static Map<String, String> fields(Person person) {
        return fields(person.getEmail(), person.getRole(), person.getPartnerCode(), person.getStatus());
    }

    private static Map<String, String> fields(String email, String role, String partnerCode, PersonStatus status) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("e-mail", email);
        fields.put("role", role);
        fields.put("partner", partnerCode);
        fields.put("status", status.getLabel());
        return fields;
    }
}
