package com.partnerqbr.portal.program.tier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** One criterion of a tier: a measure and the threshold a partner must reach (at least). */
@Embeddable
public class TierCriterion implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CriterionMeasure measure;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal threshold;

    protected TierCriterion() {
    }

    public TierCriterion(CriterionMeasure measure, BigDecimal threshold) {
        this.measure = measure;
        this.threshold = threshold;
    }

    public CriterionMeasure getMeasure() {
        return measure;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }
}
