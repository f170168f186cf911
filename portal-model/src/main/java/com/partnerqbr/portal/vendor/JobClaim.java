package com.partnerqbr.portal.vendor;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A server's claim on one vendor's part of a scheduled job at one due time: the database holds
 * each (vendor, job, due time) once, so of the servers whose timers fire for it, one runs it. A
 * claim never finished is the part of a server that stopped while running it.
 */
@Entity
@Table(name = "job_claim")
@NamedQuery(name = "JobClaim.of", query = "SELECT c FROM JobClaim c WHERE c.job = :job AND c.dueAt = :dueAt")
public class JobClaim extends TenantOwned {

    @Column(nullable = false, updatable = false, length = 100)
    private String job;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "claimed_by", nullable = false, length = 200)
    private String claimedBy;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected JobClaim() {
    }

    public JobClaim(String job, Instant dueAt, String claimedBy, Instant claimedAt) {
        this.job = job;
        this.dueAt = dueAt;
        this.claimedBy = claimedBy;
        this.claimedAt = claimedAt;
    }

    public void finish(Instant at) {
        this.finishedAt = at;
    }

    public String getJob() {
        return job;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
