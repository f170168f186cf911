package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The owner's side looks at a commitment: progress, status, blocker, next step. Kept by the
 * commitment's item key, so the history runs across the plan's versions.
 */
@Entity
@Table(name = "plan_check_in")
@NamedQuery(name = "CheckIn.ofItem",
        query = "SELECT c FROM CheckIn c WHERE c.partner = :partner AND c.itemKey = :itemKey ORDER BY c.checkedAt DESC, c.id DESC")
public class CheckIn extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(name = "item_key", nullable = false)
    private long itemKey;

    @Column(nullable = false, length = 1000)
    private String progress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CommitmentStatus status;

    @Column(length = 500)
    private String blocker;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(name = "checked_by", nullable = false, length = 255)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected CheckIn() {
    }

    public CheckIn(Commitment commitment, String progress, CommitmentStatus status, String blocker, String nextStep,
                   String checkedBy, Instant checkedAt) {
        this.partner = commitment.getPlan().getPartner();
        this.itemKey = commitment.getItemKey();
        this.progress = progress;
        this.status = status;
        this.blocker = blocker;
        this.nextStep = nextStep;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }

    public long getItemKey() {
        return itemKey;
    }

    public String getProgress() {
        return progress;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public String getBlocker() {
        return blocker;
    }

    public String getNextStep() {
        return nextStep;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
