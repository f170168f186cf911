package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.plan.BetContent;
import com.partnerqbr.portal.scorecard.Metric;
import java.math.BigDecimal;

/** The fields of a new bet; its baseline is read from the scorecard. */
public class BetForm {

    private String title;
    private String whyItMatters;
    private Metric metric = Metric.ATTRIBUTED_REVENUE;
    private BigDecimal target;
    private String vendorCommitment;
    private String partnerCommitment;

    BetContent content() {
        return new BetContent(title, whyItMatters, metric, target, vendorCommitment, partnerCommitment);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWhyItMatters() {
        return whyItMatters;
    }

    public void setWhyItMatters(String whyItMatters) {
        this.whyItMatters = whyItMatters;
    }

    public Metric getMetric() {
        return metric;
    }

    public void setMetric(Metric metric) {
        this.metric = metric;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public String getVendorCommitment() {
        return vendorCommitment;
    }

    public void setVendorCommitment(String vendorCommitment) {
        this.vendorCommitment = vendorCommitment;
    }

    public String getPartnerCommitment() {
        return partnerCommitment;
    }

    public void setPartnerCommitment(String partnerCommitment) {
        this.partnerCommitment = partnerCommitment;
    }
}
