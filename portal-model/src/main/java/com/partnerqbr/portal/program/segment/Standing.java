package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
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
import java.util.Objects;

/**
 * A partner's standing in one quarter, the history of segments and eligibility: the figures it
 * was measured on, its rank, the computed segment, the vendor's override with its reason, the
 * effective segment (the override if any, else the computed one) and the tier it is eligible
 * for. Recomputing the quarter updates the computed parts and keeps the override.
 */
@Entity
@Table(name = "standing")
@NamedQuery(name = "Standing.withIds", query = "SELECT s FROM Standing s WHERE s.id IN :ids")
@NamedQuery(name = "Standing.ofPartner",
        query = "SELECT s FROM Standing s WHERE s.partner = :partner ORDER BY s.quarter DESC")
public class Standing extends TenantOwned implements OfPartner {

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
     * The computed parts of a standing as values: what a recompute compares with what it
     * computes. Amounts are kept without trailing zeros (and never in exponent form), so that
     * 2.50 read back from the database equals a computed 2.5 and records compare by value.
     */
    public record Measures(BigDecimal trailingRevenue, int revenueRank, int wonDeals, int certifiedPeople,
                           BigDecimal enablementCompletion, Segment computedSegment, Long eligibleTierId) {

        public Measures {
            trailingRevenue = plain(trailingRevenue);
            enablementCompletion = enablementCompletion == null ? null : plain(enablementCompletion);
        }

        private static BigDecimal plain(BigDecimal amount) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    /**
     * Takes freshly computed parts; an override stays in force. Only what changed is written
     * (unchanged measures write nothing), and {@code computedAt} says when they last changed.
     *
     * @param eligibleTier the tier of {@code measures.eligibleTierId()}, null when none
     */
    public void compute(Measures measures, Tier eligibleTier, Instant at) {
        if (computedAt != null && measures.equals(measures())) {
            return;
        }
        this.trailingRevenue = measures.trailingRevenue();
        this.revenueRank = measures.revenueRank();
        this.wonDeals = measures.wonDeals();
        this.certifiedPeople = measures.certifiedPeople();
        this.enablementCompletion = measures.enablementCompletion();
        this.computedSegment = measures.computedSegment();
        if (!Objects.equals(tierId(this.eligibleTier), measures.eligibleTierId())) {
            this.eligibleTier = eligibleTier;
        }
        this.computedAt = at;
        this.effectiveSegment = overrideSegment != null ? overrideSegment : measures.computedSegment();
    }

    /** The computed parts as they are now. */
    public Measures measures() {
        return new Measures(trailingRevenue == null ? BigDecimal.ZERO : trailingRevenue, revenueRank, wonDeals,
                certifiedPeople, enablementCompletion, computedSegment, tierId(eligibleTier));
    }

    private static Long tierId(Tier tier) {
        return tier == null ? null : tier.getId();
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
