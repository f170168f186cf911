package com.partnerqbr.portal.review;

import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row one side of a QBR brings (a topic, an attendee, its health-check answers): its QBR and its side. Services read
 * the QBR through {@code QbrAccess} before they act on the row, and each side manages its own.
 */
@MappedSuperclass
public abstract class QbrSideRow extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Side side;

    protected QbrSideRow() {
    }

    protected QbrSideRow(Qbr qbr, Side side) {
        this.qbr = qbr;
        this.side = side;
    }

    public Qbr getQbr() {
        return qbr;
    }

    public Side getSide() {
        return side;
    }
}
