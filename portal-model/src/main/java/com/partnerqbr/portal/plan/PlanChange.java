package com.partnerqbr.portal.plan;

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
 * One entry of a plan's history: who changed what, when, the value before and after. Kept for
 * every change of every version (items added, edited, removed, confirmations, check-ins).
 */
@Entity
@Table(name = "plan_change")
@NamedQuery(name = "PlanChange.ofPartner", query = "SELECT c FROM PlanChange c JOIN FETCH c.plan p"
        + " WHERE p.partner = :partner ORDER BY c.changedAt DESC, c.id DESC")
@NamedQuery(name = "PlanChange.countOfPartner",
        query = "SELECT COUNT(c) FROM PlanChange c WHERE c.plan.partner = :partner")
@NamedQuery(name = "PlanChange.ofPlanSince", query = "SELECT c FROM PlanChange c WHERE c.plan = :plan"
        + " AND c.planVersion > :version ORDER BY c.changedAt, c.id")
@NamedQuery(name = "PlanChange.ofPlan",
        query = "SELECT c FROM PlanChange c WHERE c.plan = :plan ORDER BY c.changedAt DESC, c.id DESC")
public class PlanChange extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private JointPlan plan;

    /** "Commitment 3", "Bet 1", "Plan": which item. */
    @Column(nullable = false, length = 60)
    private String item;

    @Column(nullable = false, length = 300)
    private String what;

    @Column(name = "value_before", length = 2000)
    private String before;

    @Column(name = "value_after", length = 2000)
    private String after;

    @Column(name = "changed_by", nullable = false, length = 255)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /**
     * The plan's row version with the change (an item's change moves it when it locks the plan,
     * before recording); a page that saw an older version did not see this change. Null: recorded
     * before it was kept.
     */
    @Column(name = "plan_version")
    private Long planVersion;

    protected PlanChange() {
    }

    public PlanChange(JointPlan plan, String item, String what, String before, String after, String changedBy,
                      Instant changedAt) {
        this.plan = plan;
        this.item = item;
        this.what = what;
        this.before = before;
        this.after = after;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.planVersion = plan.getVersion();
    }

    public JointPlan getPlan() {
        return plan;
    }

    public String getItem() {
        return item;
    }

    public String getWhat() {
        return what;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
