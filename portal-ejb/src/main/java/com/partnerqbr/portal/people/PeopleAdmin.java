package com.partnerqbr.portal.people;

import com.partnerqbr.portal.audit.AuditTrail;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.people.IdentityAccounts.NewAccount;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vendor's people, administered: invited (an account at the identity provider with the
 * vendor and partner attributes and the role, and its "set your password" mail), invited again,
 * given another role, deactivated (the account disabled and its sessions ended at once) and
 * reactivated. A vendor's admin manages everyone of the vendor, a partner's admin only its own
 * partner's users ({@link PeopleRules}); another vendor's or partner's person is "not found". A
 * refused change changes nothing; every change is in the audit trail.
 */
@Stateless
public class PeopleAdmin {

    private static final int MAX_NAME = 100;
    private static final Set<String> PORTAL_ROLES = Arrays.stream(Role.values()).map(Role::roleName)
            .collect(Collectors.toUnmodifiableSet());

    /** An invitation as typed. */
    public record Invitation(String email, String firstName, String lastName, Role role, String partnerCode)
            implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @Inject
    private AuditTrail audit;

    @Inject
    private IdentityAccounts accounts;

    @EJB
    private PartnerService partners;

    /** The roles the caller may give, for the invitation form. */
    public List<Role> rolesGiven() {
        return PeopleRules.rolesGivenBy(callerContext.require(Permission.MANAGE_PEOPLE));
    }

    /**
     * Invites a person: creates their account and has the identity provider mail them the link to
     * set a password. Refused, nothing changed, when the address is not one, is already invited or
     * has an account, or the caller may not give the role or invite into the partner.
     */
    public Person invite(Invitation invitation) {
        Caller caller = callerContext.require(Permission.MANAGE_PEOPLE);
        PeopleRules.invitationProblem(caller, invitation.email(), invitation.role(), invitation.partnerCode())
                .ifPresent(PeopleAdmin::refuse);
        String email = PeopleRules.address(invitation.email());
        String first = Inputs.required(invitation.firstName(), "the first name", MAX_NAME);
        String last = Inputs.required(invitation.lastName(), "the last name", MAX_NAME);
        Role role = invitation.role();
        String partnerCode = null;
        if (!role.isVendorStaff()) {
            Partner partner = partners.findByCode(caller.isPartnerUser() ? caller.partnerCode()
                    : invitation.partnerCode().strip());
            if (partner.isArchived()) {
                refuse(partner.getName() + " is archived: nobody is invited into it.");
            }
            partnerCode = partner.getCode();
        }
        em.createNamedQuery("Person.byUsername", Person.class).setParameter("username", email).getResultStream()
                .findFirst().ifPresent(known -> refuse(email + " is already invited (" + known.getStatus().getLabel()
                        .toLowerCase(Locale.ROOT) + "); nothing was changed."));
        String id = accounts.create(new NewAccount(email, first, last, caller.vendorCode(), partnerCode));
        try {
            accounts.setRole(id, role.roleName(), PORTAL_ROLES);
            Person person = Person.invited(email, role.roleName(), partnerCode, id, caller.name(), Instant.now());
            em.persist(person);
            audit.record(PeopleDirectory.SUBJECT, email, "invited", null, PeopleDirectory.fields(person));
            em.flush();
            accounts.sendSetPassword(id);
            return person;
        } catch (RuntimeException e) {
            accounts.delete(id);
            throw e;
        }
    }

    /** Mails an invited person the link again (a new one; the earlier one keeps working until it expires). */
    public Person resend(long personId) {
        Person person = managed(personId);
        if (person.getStatus() != PersonStatus.INVITED) {
            refuse(person.getUsername() + " is " + person.getStatus().getLabel().toLowerCase(Locale.ROOT)
                    + ": only an invitation not yet taken up is sent again.");
        }
        person.invitedAgain(callerContext.current().name(), Instant.now());
        audit.record(PeopleDirectory.SUBJECT, person.getUsername(), "invitation sent again", null,
                Map.of("invited by", person.getInvitedBy()));
        accounts.sendSetPassword(identity(person));
        return person;
    }

    /** Gives the person another role of their side; refused for the vendor's last vendor admin. */
    public Person changeRole(long personId, Role role) {
        Person person = managed(personId);
        Caller caller = callerContext.current();
        PeopleRules.roleChangeProblem(caller, person.getRole(), person.getPartnerCode(), role)
                .ifPresent(PeopleAdmin::refuse);
        if (role.roleName().equals(person.getRole())) {
            refuse(person.getUsername() + " is already " + role.roleName() + "; nothing was changed.");
        }
        PeopleRules.lastVendorAdminProblem("changed", person.getRole(), otherActiveVendorAdmins(person))
                .ifPresent(PeopleAdmin::refuse);
        Map<String, String> before = PeopleDirectory.fields(person);
        person.changeRole(role.roleName());
        audit.record(PeopleDirectory.SUBJECT, person.getUsername(), "role changed", before, PeopleDirectory.fields(person));
        String id = identity(person);
        accounts.setRole(id, role.roleName(), PORTAL_ROLES);
        // The new role is in the person's next token: sessions signed in with the old one end now.
        accounts.endSessions(id);
        return person;
    }

    /** Disables the person's account and ends their sessions at once; refused for the last vendor admin and oneself. */
    public Person deactivate(long personId) {
        Person person = managed(personId);
        if (person.getStatus() == PersonStatus.DEACTIVATED) {
            refuse(person.getUsername() + " is already deactivated; nothing was changed.");
        }
        if (person.getUsername().equals(callerContext.current().name())) {
            refuse("You cannot deactivate yourself; ask another admin.");
        }
        PeopleRules.lastVendorAdminProblem("deactivated", person.getRole(), otherActiveVendorAdmins(person))
                .ifPresent(PeopleAdmin::refuse);
        Map<String, String> before = PeopleDirectory.fields(person);
        person.deactivate();
        audit.record(PeopleDirectory.SUBJECT, person.getUsername(), "deactivated", before, PeopleDirectory.fields(person));
        String id = identity(person);
        accounts.setEnabled(id, false);
        accounts.endSessions(id);
        return person;
    }

    /** Enables a deactivated person's account again: active, or invited when they never signed in. */
    public Person reactivate(long personId) {
        Person person = managed(personId);
        if (person.getStatus() != PersonStatus.DEACTIVATED) {
            refuse(person.getUsername() + " is not deactivated; nothing was changed.");
        }
        Map<String, String> before = PeopleDirectory.fields(person);
        person.reactivate();
        audit.record(PeopleDirectory.SUBJECT, person.getUsername(), "reactivated", before, PeopleDirectory.fields(person));
        accounts.setEnabled(identity(person), true);
        return person;
    }

    /**
     * The person the caller may manage: any of the vendor's for its admins, its own partner's users
     * for a partner's admin; anyone else (another vendor's, another partner's, vendor staff for a
     * partner's admin) is "not found".
     */
    private Person managed(long personId) {
        Caller caller = callerContext.require(Permission.MANAGE_PEOPLE);
        Person person = em.createNamedQuery("Person.byId", Person.class).setParameter("id", personId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("person", personId));
        if (!caller.may(Permission.MANAGE_VENDOR_STAFF) && !Objects.equals(person.getPartnerCode(), caller.partnerCode())) {
            throw new NotFoundException("person", personId);
        }
        return person;
    }

    /**
     * The person's account id, looked up by user name for people who came in by signing in; an
     * account whose vendor or partner is not the person's is treated as not found.
     */
    private String identity(Person person) {
        JsonObject account = person.getIdentityId() != null
                ? accounts.byId(person.getIdentityId()).orElse(null)
                : accounts.byUsername(person.getUsername()).orElse(null);
        if (account == null || !Objects.equals(IdentityAccounts.attribute(account, "vendor"), callerContext.current().vendorCode())
                || !Objects.equals(IdentityAccounts.attribute(account, "partner"), person.getPartnerCode())) {
            throw new NotFoundException("account of", person.getUsername());
        }
        person.identifiedAs(account.getString("id"));
        return person.getIdentityId();
    }

    /** The vendor's active vendor admins (signed in, not deactivated) other than this person. */
    private long otherActiveVendorAdmins(Person person) {
        long active = em.createNamedQuery("Person.countWithRole", Long.class)
                .setParameter("role", Role.VENDOR_ADMIN.roleName()).setParameter("status", PersonStatus.ACTIVE)
                .getSingleResult();
        boolean counted = person.getStatus() == PersonStatus.ACTIVE && Role.VENDOR_ADMIN.roleName().equals(person.getRole());
        return counted ? active - 1 : active;
    }

    private static void refuse(String why) {
        throw new RefusedException(why);
    }
}
