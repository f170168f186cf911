package com.partnerqbr.portal.scorecard.dispute;

import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.scorecard.ScorecardFigure;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A figure one side questions. It is logged with the value as it stood, worked out
 * outside the meeting and resolved with a note; resolving it never changes a frozen figure.
 */
@Entity
@Table(name = "dispute")
@NamedQuery(name = "Dispute.all",
        query = "SELECT d FROM Dispute d JOIN FETCH d.partner JOIN FETCH d.figure f JOIN FETCH f.scorecard ORDER BY d.resolvedAt, d.raisedAt")
@NamedQuery(name = "Dispute.ofPartner",
        query = "SELECT d FROM Dispute d JOIN FETCH d.partner JOIN FETCH d.figure f JOIN FETCH f.scorecard WHERE d.partner = :partner"
                + " ORDER BY d.resolvedAt, d.raisedAt")
public class Dispute extends TenantOwned implements OfPartner {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "figure_id", nullable = false)
    private ScorecardFigure figure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(name = "raised_by", nullable = false, length = 255)
    private String raisedBy;

    @Column(name = "raised_by_side", nullable = false, length = 8)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Side raisedBySide;

    @Column(nullable = false, length = 1000)
    private String comment;

    @Column(name = "value_when_raised", precision = 19, scale = 4)
    private BigDecimal valueWhenRaised;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(length = 1000)
    private String resolution;

    @Column(name = "resolved_by", length = 255)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Dispute() {
    }

    public Dispute(ScorecardFigure figure, String raisedBy, Side side, String comment, Instant at) {
        this.figure = figure;
        this.partner = figure.getScorecard().getPartner();
        this.raisedBy = raisedBy;
        this.raisedBySide = side;
        this.comment = comment;
        this.valueWhenRaised = figure.getValue();
        this.raisedAt = at;
    }

    public void resolve(String note, String by, Instant at) {
        if (isResolved()) {
            throw new IllegalStateException("this dispute was resolved already");
        }
        resolution = note;
        resolvedBy = by;
        resolvedAt = at;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    /** How long it has been open, or was open until resolved. */
    public Duration age(Instant now) {
        return Duration.between(raisedAt, isResolved() ? resolvedAt : now);
    }

    public ScorecardFigure getFigure() {
        return figure;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Side getRaisedBySide() {
        return raisedBySide;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getValueWhenRaised() {
        return valueWhenRaised;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
