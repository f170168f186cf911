package com.partnerqbr.portal.review.preread;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a QBR's pre-read adds to what it assembles from the data: the decisions needed and the
 * proposed priorities (either side writes them), and when the vendor published it to the
 * partner (the 48-hour deadline) with the flags it held then.
 */
@Entity
@Table(name = "qbr_pre_read")
@NamedQuery(name = "PreRead.ofQbr", query = "SELECT p FROM PreRead p WHERE p.qbr = :qbr")
public class PreRead extends TenantOwned {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false, unique = true)
    private Qbr qbr;

    @Column(name = "decisions_needed", length = 2000)
    private String decisionsNeeded;

    @Column(name = "proposed_priorities", length = 2000)
    private String proposedPriorities;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 255)
    private String publishedBy;

    /** The flags and talking points the published pre-read held, one a line. */
    @Column(name = "published_flags", length = 4000)
    private String publishedFlags;

    protected PreRead() {
    }

    public PreRead(Qbr qbr) {
        this.qbr = qbr;
    }

    public void write(String newDecisionsNeeded, String newProposedPriorities) {
        this.decisionsNeeded = newDecisionsNeeded;
        this.proposedPriorities = newProposedPriorities;
    }

    public void publish(String by, Instant at, String flags) {
        this.publishedBy = by;
        this.publishedAt = at;
        this.publishedFlags = flags;
    }

    public Qbr getQbr() {
        return qbr;
    }

    public String getDecisionsNeeded() {
        return decisionsNeeded;
    }

    public String getProposedPriorities() {
        return proposedPriorities;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getPublishedFlags() {
        return publishedFlags;
    }
}
