package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's choice about a vendor's non-essential mail (reminders, digests): the secret token
 * of their one-click unsubscribe link, and when they opted out (null while they receive it).
 * Invitations and recaps are essential and always sent.
 */
@Entity
@Table(name = "mail_subscription")
@NamedQuery(name = "MailSubscription.ofAddress", query = "SELECT s FROM MailSubscription s WHERE s.email = :email")
@NamedQuery(name = "MailSubscription.ofToken", query = "SELECT s FROM MailSubscription s WHERE s.token = :token")
public class MailSubscription extends TenantOwned {

    @Column(nullable = false, updatable = false, length = 254)
    private String email;

    @Column(nullable = false, updatable = false, length = 64)
    private String token;

    @Column(name = "opted_out_at")
    private Instant optedOutAt;

    protected MailSubscription() {
    }

    public MailSubscription(String email, String token) {
        this.email = email;
        this.token = token;
    }

    public void optOut(Instant at) {
        if (optedOutAt == null) {
            optedOutAt = at;
        }
    }

    public String getEmail() {
        return email;
    }

    public String getToken() {
        return token;
    }

    public Instant getOptedOutAt() {
        return optedOutAt;
    }
}
