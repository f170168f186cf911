package com.partnerqbr.portal.review.preread;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first time a partner user opened a QBR's published pre-read. */
@Entity
@Table(name = "qbr_pre_read_open")
@NamedQuery(name = "PreReadOpen.ofQbr", query = "SELECT o FROM PreReadOpen o WHERE o.qbr = :qbr")
public class PreReadOpen extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    @Column(nullable = false, length = 255)
    private String username;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected PreReadOpen() {
    }

    public PreReadOpen(Qbr qbr, String username, Instant openedAt) {
        this.qbr = qbr;
        this.username = username;
        this.openedAt = openedAt;
    }

    public String getUsername() {
        return username;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
