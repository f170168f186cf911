package com.partnerqbr.portal.review.healthcheck;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.scorecard.dispute.Side;
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

/** One side's health-check answers at one QBR: the four questions rated 1 to 5. */
@Entity
@Table(name = "qbr_health_check")
@NamedQuery(name = "HealthCheck.ofPartner", query = "SELECT h FROM HealthCheck h JOIN FETCH h.qbr q"
        + " WHERE q.partner = :partner ORDER BY q.quarter, q.startsAt")
public class HealthCheck extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Side side;

    @Column(nullable = false)
    private int communication;

    @Column(nullable = false)
    private int incentives;

    @Column(name = "executive_engagement", nullable = false)
    private int executiveEngagement;

    @Column(name = "field_understanding", nullable = false)
    private int fieldUnderstanding;

    @Column(name = "answered_by", nullable = false, length = 255)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected HealthCheck() {
    }

    public HealthCheck(Qbr qbr, Side side) {
        this.qbr = qbr;
        this.side = side;
    }

    /** The ratings in the order of {@link HealthQuestion}. */
    public void answer(int[] ratings, String by, Instant at) {
        this.communication = ratings[0];
        this.incentives = ratings[1];
        this.executiveEngagement = ratings[2];
        this.fieldUnderstanding = ratings[3];
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** The ratings in the order of {@link HealthQuestion}. */
    public int[] ratings() {
        return new int[] {communication, incentives, executiveEngagement, fieldUnderstanding};
    }

    public Qbr getQbr() {
        return qbr;
    }

    public Side getSide() {
        return side;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
