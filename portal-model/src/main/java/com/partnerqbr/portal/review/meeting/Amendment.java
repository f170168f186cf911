package com.partnerqbr.portal.review.meeting;

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

/** A correction of a held QBR's record: who, when and what changed, before and after, in words. Never edited. */
@Entity
@Table(name = "qbr_amendment")
@NamedQuery(name = "Amendment.ofQbr", query = "SELECT a FROM Amendment a WHERE a.qbr = :qbr ORDER BY a.madeAt, a.id")
public class Amendment extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    @Column(name = "made_by", nullable = false, length = 255)
    private String madeBy;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(nullable = false, length = 4000)
    private String what;

    protected Amendment() {
    }

    public Amendment(Qbr qbr, String madeBy, Instant madeAt, String what) {
        this.qbr = qbr;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.what = what;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getWhat() {
        return what;
    }
}
