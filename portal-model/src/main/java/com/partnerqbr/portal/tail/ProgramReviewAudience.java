package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The vendor's own choice about one partner and the program review: invited although not in the
 * tail, or not invited although in it. Partners without a choice follow their segment.
 */
@Entity
@Table(name = "program_review_audience")
@NamedQuery(name = "ProgramReviewAudience.all", query = "SELECT a FROM ProgramReviewAudience a JOIN FETCH a.partner")
@NamedQuery(name = "ProgramReviewAudience.ofPartner",
        query = "SELECT a FROM ProgramReviewAudience a WHERE a.partner = :partner")
public class ProgramReviewAudience extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(nullable = false)
    private boolean invited;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ProgramReviewAudience() {
    }

    public ProgramReviewAudience(Partner partner) {
        this.partner = partner;
    }

    public void choose(boolean newInvited, String by, Instant at) {
        this.invited = newInvited;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Partner getPartner() {
        return partner;
    }

    public boolean isInvited() {
        return invited;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
