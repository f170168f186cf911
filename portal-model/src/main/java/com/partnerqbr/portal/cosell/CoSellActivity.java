package com.partnerqbr.portal.cosell;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.PartnerFact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Something the vendor's and the partner's sellers did together: a joint call, an introduction. */
@Entity
@Table(name = "cosell_activity")
public class CoSellActivity extends PartnerFact {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoSellKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "deal_external_id", length = 64)
    private String dealExternalId;

    @Column(length = 500)
    private String note;

    protected CoSellActivity() {
    }

    public CoSellActivity(String externalId, Partner partner) {
        super(externalId, partner);
    }

    public void update(Partner partner, CoSellKind kind, LocalDate occurredOn, String dealExternalId, String note) {
        assignTo(partner);
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.dealExternalId = dealExternalId;
        this.note = note;
    }

    public CoSellKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getDealExternalId() {
        return dealExternalId;
    }

    public String getNote() {
        return note;
    }
}
