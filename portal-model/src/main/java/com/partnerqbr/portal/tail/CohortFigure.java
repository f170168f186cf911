package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One measure of a quarter's tail cohort as published: how many partners had a value and the
 * quartiles of those values, never a partner or a single value. Written once per vendor, quarter
 * and measure, never changed: every view of the quarter reads the same figures.
 */
@Entity
@Table(name = "cohort_figure")
@NamedQuery(name = "CohortFigure.ofQuarter",
        query = "SELECT c FROM CohortFigure c WHERE c.quarter = :quarter ORDER BY c.id")
public class CohortFigure extends TenantOwned {

    @Column(nullable = false, updatable = false, length = 7)
    private Quarter quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Metric metric;

    @Column(nullable = false, updatable = false)
    private int members;

    @Column(name = "lower_quartile", updatable = false, precision = 19, scale = 4)
    private BigDecimal lowerQuartile;

    @Column(updatable = false, precision = 19, scale = 4)
    private BigDecimal median;

    @Column(name = "upper_quartile", updatable = false, precision = 19, scale = 4)
    private BigDecimal upperQuartile;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected CohortFigure() {
    }

    public CohortFigure(Quarter quarter, Metric metric, int members, BigDecimal lowerQuartile, BigDecimal median,
                        BigDecimal upperQuartile, Instant publishedAt) {
        this.quarter = quarter;
        this.metric = metric;
        this.members = members;
        this.lowerQuartile = lowerQuartile;
        this.median = median;
        this.upperQuartile = upperQuartile;
        this.publishedAt = publishedAt;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public Metric getMetric() {
        return metric;
    }

    public int getMembers() {
        return members;
    }

    public BigDecimal getLowerQuartile() {
        return lowerQuartile;
    }

    public BigDecimal getMedian() {
        return median;
    }

    public BigDecimal getUpperQuartile() {
        return upperQuartile;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
