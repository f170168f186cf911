package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.scorecard.Metric;
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

/**
 * One of a plan's one or two bets: what both sides bet on, why it matters, the scorecard metric
 * it moves, the baseline (read from the scorecard of the quarter the QBR reviewed), the target
 * for the planned quarter and each side's commitment in words. {@code itemKey} is the same in
 * every version of the plan, so versions compare item by item.
 */
@Entity
@Table(name = "plan_bet")
@NamedQuery(name = "Bet.ofPlan", query = "SELECT b FROM Bet b WHERE b.plan = :plan ORDER BY b.itemKey")
public class Bet extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private JointPlan plan;

    @Column(name = "item_key", nullable = false)
    private long itemKey;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "why_it_matters", nullable = false, length = 1000)
    private String whyItMatters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Metric metric;

    @Column(precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "vendor_commitment", nullable = false, length = 1000)
    private String vendorCommitment;

    @Column(name = "partner_commitment", nullable = false, length = 1000)
    private String partnerCommitment;

    protected Bet() {
    }

    public Bet(JointPlan plan, long itemKey, BetContent content, BigDecimal baseline) {
        this.plan = plan;
        this.itemKey = itemKey;
        this.baseline = baseline;
        change(content);
    }

    public void change(BetContent content) {
        this.title = content.title();
        this.whyItMatters = content.whyItMatters();
        this.metric = content.metric();
        this.target = content.target();
        this.vendorCommitment = content.vendorCommitment();
        this.partnerCommitment = content.partnerCommitment();
    }

    public BetContent content() {
        return new BetContent(title, whyItMatters, metric, target, vendorCommitment, partnerCommitment);
    }

    /** A new item takes its first row's id as the key it keeps in every version. */
    public void keyed(long key) {
        if (itemKey == 0) {
            itemKey = key;
        }
    }

    public JointPlan getPlan() {
        return plan;
    }

    public long getItemKey() {
        return itemKey;
    }

    public String getTitle() {
        return title;
    }

    public String getWhyItMatters() {
        return whyItMatters;
    }

    public Metric getMetric() {
        return metric;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getVendorCommitment() {
        return vendorCommitment;
    }

    public String getPartnerCommitment() {
        return partnerCommitment;
    }
}
