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
 * the people page lists. Filled and kept up to date from the claims of the person's sign-in.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byUsername", query = "SELECT p FROM Person p WHERE p.username = :username")
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

    protected Person() {
    }

    public Person(String username, String email, String role, String partnerCode, PersonStatus status) {
        this.username = username;
        this.email = email;
        this.role = role;
        this.partnerCode = partnerCode;
        this.status = status;
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
}
