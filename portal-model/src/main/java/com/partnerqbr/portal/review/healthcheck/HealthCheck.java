package com.partnerqbr.portal.review.healthcheck;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrSideRow;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One side's health-check answers at one QBR: the four questions rated 1 to 5. */
@Entity
@Table(name = "qbr_health_check")
@NamedQuery(name = "HealthCheck.ofPartner", query = "SELECT h FROM HealthCheck h JOIN FETCH h.qbr q"
        + " WHERE q.partner = :partner ORDER BY q.quarter, q.startsAt")
public class HealthCheck extends QbrSideRow {

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
        super(qbr, side);
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

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
