package com.partnerqbr.portal.program.target;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.PartnerFact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * The revenue a partner is to bring in one quarter. One per partner and quarter; its
 * external id is {@code <partner code>/<quarter>} unless the source system has its own.
 */
@Entity
@Table(name = "quarterly_target")
public class QuarterlyTarget extends PartnerFact {

    @Column(nullable = false, length = 7)
    private Quarter quarter;

    @Column(name = "revenue_target", nullable = false, precision = 15, scale = 2)
    private BigDecimal revenueTarget;

    @Column(nullable = false, length = 3)
    private String currency;

    protected QuarterlyTarget() {
    }

    public QuarterlyTarget(String externalId, Partner partner) {
        super(externalId, partner);
    }

    public void update(Partner partner, Quarter quarter, BigDecimal revenueTarget, String currency) {
        assignTo(partner);
        this.quarter = quarter;
        this.revenueTarget = revenueTarget;
        this.currency = currency;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public BigDecimal getRevenueTarget() {
        return revenueTarget;
    }

    public String getCurrency() {
        return currency;
    }
}
