package com.partnerqbr.portal.deal;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.PartnerFact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity a partner sourced or influenced. Closed deals carry the date they closed
 * and, when lost, why. A deal that stays in one open stage for long is stuck (the
 * threshold is the stuck-deals metric definition's parameter, 30 days by default).
 */
@Entity
@Table(name = "deal")
@NamedQuery(name = "Deal.stuckOfPartner", query = "SELECT d.externalId, d.customer, d.stage, d.stageEnteredOn, d.amount,"
        + " d.currency FROM Deal d WHERE d.partner = :partner"
        + " AND d.stage IN :stages AND d.stageEnteredOn <= :cutoff ORDER BY d.stageEnteredOn, d.externalId")
public class Deal extends PartnerFact {

    @Column(nullable = false, length = 200)
    private String customer;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DealOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DealStage stage;

    @Column(name = "stage_entered_on", nullable = false)
    private LocalDate stageEnteredOn;

    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "expected_close_on")
    private LocalDate expectedCloseOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "loss_reason", length = 16)
    private LossReason lossReason;

    @Column(length = 80)
    private String vertical;

    protected Deal() {
    }

    public Deal(String externalId, Partner partner) {
        super(externalId, partner);
    }

    /** Takes every value the source system sent; the import has validated them together. */
    public void update(Partner partner, String customer, BigDecimal amount, String currency, DealOrigin origin,
                       DealStage stage, LocalDate stageEnteredOn, LocalDate identifiedOn, LocalDate registeredOn,
                       LocalDate createdOn, LocalDate expectedCloseOn, LocalDate closedOn, LossReason lossReason,
                       String vertical) {
        assignTo(partner);
        this.customer = customer;
        this.amount = amount;
        this.currency = currency;
        this.origin = origin;
        this.stage = stage;
        this.stageEnteredOn = stageEnteredOn;
        this.identifiedOn = identifiedOn;
        this.registeredOn = registeredOn;
        this.createdOn = createdOn;
        this.expectedCloseOn = expectedCloseOn;
        this.closedOn = closedOn;
        this.lossReason = lossReason;
        this.vertical = vertical;
    }

    public String getCustomer() {
        return customer;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public DealOrigin getOrigin() {
        return origin;
    }

    public DealStage getStage() {
        return stage;
    }

    public LocalDate getStageEnteredOn() {
        return stageEnteredOn;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getExpectedCloseOn() {
        return expectedCloseOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public LossReason getLossReason() {
        return lossReason;
    }

    public String getVertical() {
        return vertical;
    }
}
