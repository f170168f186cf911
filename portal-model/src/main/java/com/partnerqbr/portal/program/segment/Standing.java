package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.Quarter;
import com.partnerqbr.portal.program.tier.Tier;
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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A partner's standing in one quarter, the history of segments and eligibility: the figures it
 * was measured on, its rank, the computed segment, the vendor's override with its reason, the
 * effective segment (the override if any, else the computed one) and the tier it is eligible
 * for. Recomputing the quarter updates the computed parts and keeps the override.
 */
@Entity
@Table(name = "standing")
@NamedQuery(name = "Standing.ofQuarter", query = "SELECT s.partner.id, s FROM Standing s WHERE s.quarter = :quarter")
@NamedQuery(name = "Standing.ofPartner",
        query = "SELECT s FROM Standing s WHERE s.partner = :partner ORDER BY s.quarter DESC")
public class Standing extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(nullable = false, length = 7)
    private Quarter quarter;

    @Column(name = "trailing_revenue", nullable = false, precision = 19, scale = 4)
    private BigDecimal trailingRevenue;

    @Column(name = "revenue_rank", nullable = false)
    private int revenueRank;

    @Column(name = "won_deals", nullable = false)
    private int wonDeals;

    @Column(name = "certified_people", nullable = false)
    private int certifiedPeople;

    @Column(name = "enablement_completion", precision = 7, scale = 4)
    private BigDecimal enablementCompletion;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_segment", nullable = false, length = 16)
    private Segment computedSegment;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_segment", length = 16)
    private Segment overrideSegment;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "overridden_by", length = 255)
    private String overriddenBy;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "effective_segment", nullable = false, length = 16)
    private Segment effectiveSegment;

    /** The highest tier of the ladder in force the partner's figures reach; null if none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "eligible_tier_id")
    private Tier eligibleTier;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected Standing() {
    }

    public Standing(Partner partner, Quarter quarter) {
        this.partner = partner;
        this.quarter = quarter;
    }

    /**
     * The computed parts; an override stays in force. Only what changed is written (a recompute
     * on unchanged figures writes nothing), and {@code computedAt} says when they last changed.
     */
    public void compute(BigDecimal trailingRevenue, int revenueRank, int wonDeals, int certifiedPeople,
                        BigDecimal enablementCompletion, Segment segment, Tier eligibleTier, Instant at) {
        boolean changed = !sameNumber(this.trailingRevenue, trailingRevenue) || this.revenueRank != revenueRank
                || this.wonDeals != wonDeals || this.certifiedPeople != certifiedPeople
                || !sameNumber(this.enablementCompletion, enablementCompletion) || this.computedSegment != segment
                || !sameTier(this.eligibleTier, eligibleTier) || this.computedAt == null;
        if (!changed) {
            return;
        }
        if (!sameNumber(this.trailingRevenue, trailingRevenue)) {
            this.trailingRevenue = trailingRevenue;
        }
        this.revenueRank = revenueRank;
        this.wonDeals = wonDeals;
        this.certifiedPeople = certifiedPeople;
        if (!sameNumber(this.enablementCompletion, enablementCompletion)) {
            this.enablementCompletion = enablementCompletion;
        }
        this.computedSegment = segment;
        if (!sameTier(this.eligibleTier, eligibleTier)) {
            this.eligibleTier = eligibleTier;
        }
        this.computedAt = at;
        Segment effective = overrideSegment != null ? overrideSegment : segment;
        if (this.effectiveSegment != effective) {
            this.effectiveSegment = effective;
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean sameTier(Tier a, Tier b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }

    /** The vendor overrides the segment; null segment removes the override. */
    public void override(Segment segment, String reason, String by, Instant at) {
        this.overrideSegment = segment;
        this.overrideReason = reason;
        this.overriddenBy = by;
        this.overriddenAt = at;
        this.effectiveSegment = segment != null ? segment : computedSegment;
    }

    public Partner getPartner() {
        return partner;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public BigDecimal getTrailingRevenue() {
        return trailingRevenue;
    }

    public int getRevenueRank() {
        return revenueRank;
    }

    public int getWonDeals() {
        return wonDeals;
    }

    public int getCertifiedPeople() {
        return certifiedPeople;
    }

    public BigDecimal getEnablementCompletion() {
        return enablementCompletion;
    }

    public Segment getComputedSegment() {
        return computedSegment;
    }

    public Segment getOverrideSegment() {
        return overrideSegment;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    public Segment getEffectiveSegment() {
        return effectiveSegment;
    }

    public Tier getEligibleTier() {
        return eligibleTier;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
