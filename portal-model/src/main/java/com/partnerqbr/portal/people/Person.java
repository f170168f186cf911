package com.partnerqbr.portal.people;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person of a vendor's portal, vendor staff or a user of one of its partners: the directory
 * the people page lists. Entered when invited or at the first sign-in, and kept up to date from the
 * claims of the person's sign-ins and the changes of the vendor's admins.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byUsername", query = "SELECT p FROM Person p WHERE p.username = :username")
@NamedQuery(name = "Person.byId", query = "SELECT p FROM Person p WHERE p.id = :id")
@NamedQuery(name = "Person.signedInAt", query = "UPDATE Person p SET p.lastSignInAt = :at"
        + " WHERE p.id = :id AND (p.lastSignInAt IS NULL OR p.lastSignInAt < :at)")
@NamedQuery(name = "Person.countWithRole",
        query = "SELECT COUNT(p) FROM Person p WHERE p.role = :role AND p.status = :status")
public class Person extends TenantOwned {

    @Column(nullable = false, length = 255)
    private String username;

    @Column(length = 254)
    private String email;

    /** The portal role's name as the realm spells it ({@code partner-admin}). */
    @Column(nullable = false, length = 32)
    private String role;

    /** The partner's code for a partner user; null for vendor staff. */
    @Column(name = "partner_code", length = 64)
    private String partnerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PersonStatus status;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The identity provider's id of the person's account; null until the portal needed it. */
    @Column(name = "identity_id", length = 64)
    private String identityId;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "invited_by", length = 255)
    private String invitedBy;

    protected Person() {
    }

    public Person(String username, String email, String role, String partnerCode, PersonStatus status) {
        this.username = username;
        this.email = email;
        this.role = role;
        this.partnerCode = partnerCode;
        this.status = status;
    }

    /** A person invited by {@code by}: the account exists, the person has not signed in yet. */
    public static Person invited(String username, String role, String partnerCode, String identityId, String by,
                                 Instant at) {
        Person person = new Person(username, username, role, partnerCode, PersonStatus.INVITED);
        person.identityId = identityId;
        person.invitedBy = by;
        person.invitedAt = at;
        return person;
    }

    /** The identity provider's id of the person's account, once looked up. */
    public void identifiedAs(String id) {
        this.identityId = id;
    }

    public void changeRole(String newRole) {
        this.role = newRole;
    }

    public void deactivate() {
        this.status = PersonStatus.DEACTIVATED;
    }

    /** Back to active, or to invited when the person never signed in. */
    public void reactivate() {
        this.status = lastSignInAt == null ? PersonStatus.INVITED : PersonStatus.ACTIVE;
    }

    /** The invitation sent again, now, by {@code by}. */
    public void invitedAgain(String by, Instant at) {
        this.invitedBy = by;
        this.invitedAt = at;
    }

    /** What a sign-in says about the person: its address, role and partner, now active. */
    public void signedIn(String email, String role, String partnerCode, Instant at) {
        this.email = email;
        this.role = role;
        this.partnerCode = partnerCode;
        this.status = PersonStatus.ACTIVE;
        this.lastSignInAt = at;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public String getIdentityId() {
        return identityId;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public String getInvitedBy() {
        return invitedBy;
    }
}
