package com.partnerqbr.portal.partner;

import com.partnerqbr.portal.audit.AuditTrail;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.people.PersonStatus;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Vendor admins (and the vendor's integration, through the import) create, change, archive and
 * restore partners. Nothing is deleted: an archived partner leaves the lists and the program's
 * reviews and keeps its history. Bad details are refused naming each field, a change based on
 * a partner someone changed meanwhile is refused showing both values, and every change is in
 * the audit trail in the same transaction.
 */
@Stateless
public class PartnerRegistry {

    static final String SUBJECT = "partner";

    /** What storing one imported partner did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @Inject
    private PartnerService partners;

    @Inject
    private AuditTrail audit;

    public Partner create(PartnerDetails details) {
        callerContext.require(Permission.MANAGE_PARTNERS);
        refuseProblems(details);
        Optional<Partner> taken = byCode(details.code());
        if (taken.isPresent()) {
            throw new RefusedException("Code " + details.code() + " is already the code of " + taken.get().getName()
                    + (taken.get().isArchived() ? " (archived)" : "") + ": choose another one.");
        }
        return insert(details);
    }

    /**
     * Changes a partner's details (its code stays).
     *
     * @param version the partner's version the form was filled from
     */
    public Partner change(long id, long version, PartnerDetails details) {
        callerContext.require(Permission.MANAGE_PARTNERS);
        Partner partner = partners.find(id);
        refuseProblems(details);
        if (!partner.getCode().equals(details.code())) {
            throw new RefusedException("Code stays " + partner.getCode() + ": the partner's users and the API know it"
                    + " by it.");
        }
        if (partner.getVersion() != version && !PartnerDetails.of(partner).equals(details)) {
            throw new RefusedException("Someone changed " + partner.getName() + " since you opened it; nothing was"
                    + " saved. Theirs: " + differences(PartnerDetails.of(partner), details) + ". Yours: "
                    + differences(details, PartnerDetails.of(partner)) + ". Open it again to start from theirs.");
        }
        update(partner, details);
        return partner;
    }

    public Partner archive(long id, long version) {
        return setArchived(id, version, true);
    }

    public Partner restore(long id, long version) {
        return setArchived(id, version, false);
    }

    private Partner setArchived(long id, long version, boolean archive) {
        callerContext.require(Permission.MANAGE_PARTNERS);
        Partner partner = partners.find(id);
        if (partner.getVersion() != version) {
            throw new RefusedException("Someone changed " + partner.getName() + " since you opened it; nothing was"
                    + " saved. Open it again.");
        }
        if (partner.isArchived() == archive) {
            throw new RefusedException(partner.getName() + " is already " + (archive ? "archived." : "in the program."));
        }
        Map<String, String> before = archiveField(partner);
        if (archive) {
            partner.archive(Instant.now());
        } else {
            partner.restore();
        }
        audit.record(SUBJECT, partner.getCode(), archive ? "archived" : "restored", before, archiveField(partner));
        return partner;
    }

    /**
     * Stores checked details by code, as an import does: a new code creates a partner, a known
     * one (archived too) takes the details. The caller checked {@link PartnerDetails#problems()}.
     */
    public Outcome put(PartnerDetails details) {
        callerContext.require(Permission.MANAGE_PARTNERS);
        refuseProblems(details);
        Optional<Partner> stored = byCode(details.code());
        if (stored.isEmpty()) {
            insert(details);
            return Outcome.CREATED;
        }
        if (PartnerDetails.of(stored.get()).equals(details)) {
            return Outcome.UNCHANGED;
        }
        update(stored.get(), details);
        return Outcome.UPDATED;
    }

    private Partner insert(PartnerDetails details) {
        Partner partner = new Partner(details.code(), details.name(), details.type(), details.region(),
                details.joinedOn(), null);
        partner.describe(details.name(), details.type(), details.region(), details.joinedOn(), details.timeZone(),
                details.owner());
        em.persist(partner);
        audit.record(SUBJECT, details.code(), "created", null, details.fields());
        return partner;
    }

    private void update(Partner partner, PartnerDetails details) {
        PartnerDetails before = PartnerDetails.of(partner);
        if (before.equals(details)) {
            return;
        }
        partner.describe(details.name(), details.type(), details.region(), details.joinedOn(), details.timeZone(),
                details.owner());
        audit.record(SUBJECT, partner.getCode(), "changed", before.fields(), details.fields());
    }

    private Optional<Partner> byCode(String code) {
        return em.createNamedQuery("Partner.byCode", Partner.class).setParameter("code", code).getResultStream()
                .findFirst();
    }

    /**
     * Refuses details with problems: those of {@link PartnerDetails#problems()}, and an owner the people
     * directory knows as someone other than a partner manager, or as deactivated. A name the directory does
     * not know yet is taken (people enter it when invited or at their first sign-in; the demo's partner
     * managers when they first sign in).
     */
    private void refuseProblems(PartnerDetails details) {
        List<PartnerDetails.Problem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new RefusedException(problems.stream().map(PartnerDetails.Problem::message)
                    .collect(Collectors.joining(" ")));
        }
        if (details.owner() == null) {
            return;
        }
        em.createNamedQuery("Person.byUsername", Person.class).setParameter("username", details.owner())
                .getResultStream().findFirst().ifPresent(owner -> {
                    if (!Role.PARTNER_MANAGER.roleName().equals(owner.getRole())) {
                        throw new RefusedException("Owner '" + details.owner() + "' is " + owner.getRole()
                                + " in the people directory, not a partner manager: a partner's owner is a partner"
                                + " manager.");
                    }
                    if (owner.getStatus() == PersonStatus.DEACTIVATED) {
                        throw new RefusedException("Owner '" + details.owner() + "' is deactivated: choose a partner"
                                + " manager who is active or invited.");
                    }
                });
    }

    /** The fields of {@code shown} that differ from {@code other}, as "name 'A', region (none)". */
    private static String differences(PartnerDetails shown, PartnerDetails other) {
        Map<String, String> theirs = other.fields();
        return shown.fields().entrySet().stream().filter(e -> !Objects.equals(e.getValue(), theirs.get(e.getKey())))
                .map(e -> e.getKey() + " " + (e.getValue() == null ? "(none)" : "'" + e.getValue() + "'"))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, String> archiveField(Partner partner) {
        Map<String, String> field = new LinkedHashMap<>();
        field.put("archived", partner.isArchived() ? "since " + partner.getArchivedAt() : "no");
        return field;
    }
}
