package com.partnerqbr.portal.program;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A vendor's program settings, one row per vendor: the segment shares and the long-tail
 * threshold, and the grace period of a demotion. A vendor without a row uses the defaults.
 */
@Entity
@Table(name = "program_settings")
@NamedQuery(name = "ProgramSettings.ofVendor", query = "SELECT s FROM ProgramSettings s")
public class ProgramSettings extends TenantOwned {

    public static final int DEFAULT_STRATEGIC_PERCENT = 10;
    public static final int DEFAULT_GROWTH_PERCENT = 20;
    public static final BigDecimal DEFAULT_LONG_TAIL_THRESHOLD = new BigDecimal("5000");
    public static final int DEFAULT_DEMOTION_GRACE_DAYS = 90;

    @Column(name = "strategic_percent", nullable = false)
    private int strategicPercent = DEFAULT_STRATEGIC_PERCENT;

    @Column(name = "growth_percent", nullable = false)
    private int growthPercent = DEFAULT_GROWTH_PERCENT;

    /** Per quarter, in the program currency. */
    @Column(name = "long_tail_threshold", nullable = false, precision = 15, scale = 2)
    private BigDecimal longTailThreshold = DEFAULT_LONG_TAIL_THRESHOLD;

    @Column(name = "demotion_grace_days", nullable = false)
    private int demotionGraceDays = DEFAULT_DEMOTION_GRACE_DAYS;

    public ProgramSettings() {
    }

    public void update(int strategicPercent, int growthPercent, BigDecimal longTailThreshold, int demotionGraceDays) {
        this.strategicPercent = strategicPercent;
        this.growthPercent = growthPercent;
        this.longTailThreshold = longTailThreshold;
        this.demotionGraceDays = demotionGraceDays;
    }

    public int getStrategicPercent() {
        return strategicPercent;
    }

    public int getGrowthPercent() {
        return growthPercent;
    }

    public BigDecimal getLongTailThreshold() {
        return longTailThreshold;
    }

    public int getDemotionGraceDays() {
        return demotionGraceDays;
    }
}
