package com.partnerqbr.portal.commission;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.PartnerFact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Commission the vendor owes a partner, counted in the quarter it was earned. */
@Entity
@Table(name = "commission")
public class Commission extends PartnerFact {

    @Column(name = "deal_external_id", length = 64)
    private String dealExternalId;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "earned_on", nullable = false)
    private LocalDate earnedOn;

    protected Commission() {
    }

    public Commission(String externalId, Partner partner) {
        super(externalId, partner);
    }

    public void update(Partner partner, String dealExternalId, BigDecimal amount, String currency, LocalDate earnedOn) {
        assignTo(partner);
        this.dealExternalId = dealExternalId;
        this.amount = amount;
        this.currency = currency;
        this.earnedOn = earnedOn;
    }

    public String getDealExternalId() {
        return dealExternalId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }
}
