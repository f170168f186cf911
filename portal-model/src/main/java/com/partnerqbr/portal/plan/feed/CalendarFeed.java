package com.partnerqbr.portal.plan.feed;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's calendar feed: the secret in its address, which reads the person's QBRs, check-ins
 * and commitment due dates without signing in. Made anew, the secret changes and the old address
 * answers "not known".
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.ofUser", query = "SELECT f FROM CalendarFeed f WHERE f.username = :username")
@NamedQuery(name = "CalendarFeed.ofSecret", query = "SELECT f FROM CalendarFeed f WHERE f.secret = :secret")
public class CalendarFeed extends TenantOwned {

    @Column(nullable = false, updatable = false, length = 255)
    private String username;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(String username, String secret, Instant madeAt) {
        this.username = username;
        this.secret = secret;
        this.madeAt = madeAt;
    }

    /** A new secret: the address with the old one stops working. */
    public void renew(String newSecret, Instant at) {
        this.secret = newSecret;
        this.madeAt = at;
    }

    public String getUsername() {
        return username;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getMadeAt() {
        return madeAt;
    }
}
