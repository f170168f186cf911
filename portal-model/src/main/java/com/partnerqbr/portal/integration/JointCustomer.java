package com.partnerqbr.portal.integration;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.PartnerFact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A customer both companies serve. When it went live on the partner's integration counts
 * for integration adoption; the days from signing to first value are its time to first value.
 */
@Entity
@Table(name = "joint_customer")
public class JointCustomer extends PartnerFact {

    @Column(nullable = false, length = 200)
    private String customer;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "first_value_on")
    private LocalDate firstValueOn;

    @Column(name = "integration_live_on")
    private LocalDate integrationLiveOn;

    protected JointCustomer() {
    }

    public JointCustomer(String externalId, Partner partner) {
        super(externalId, partner);
    }

    public void update(Partner partner, String customer, LocalDate signedOn, LocalDate firstValueOn,
                       LocalDate integrationLiveOn) {
        assignTo(partner);
        this.customer = customer;
        this.signedOn = signedOn;
        this.firstValueOn = firstValueOn;
        this.integrationLiveOn = integrationLiveOn;
    }

    public String getCustomer() {
        return customer;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getFirstValueOn() {
        return firstValueOn;
    }

    public LocalDate getIntegrationLiveOn() {
        return integrationLiveOn;
    }
}
