package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's choice about a vendor's non-essential mail (reminders, digests): the secret token
 * of their one-click unsubscribe link, when they opted out of all of it (null while they receive
 * it), and the kinds of reminder they declined (names the features give them). Invitations and
 * recaps are essential and always sent.
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

    /** The declined kinds' names, comma-separated, sorted; null for none. */
    @Column(name = "declined_kinds", length = 500)
    private String declinedKinds;

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

    /** Receives again what it did not decline (after a one-click unsubscribe). */
    public void resubscribe() {
        optedOutAt = null;
    }

    /** The kinds declined from now on (all others are received). */
    public void decline(Set<String> kinds) {
        declinedKinds = kinds.isEmpty() ? null : String.join(",", new TreeSet<>(kinds));
    }

    public Set<String> getDeclined() {
        return declinedKinds == null ? Set.of() : Set.of(declinedKinds.split(","));
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
