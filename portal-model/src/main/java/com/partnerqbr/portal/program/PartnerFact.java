package com.partnerqbr.portal.program;

import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A fact about one partner that arrives from the vendor's systems (CSV import or API):
 * a deal, a commission, an enablement record... Its external id is the key in the
 * source system, stable across imports: importing the same record again updates it.
 */
@MappedSuperclass
public abstract class PartnerFact extends TenantOwned implements OfPartner {

    /** Letters, digits and . _ : / - ; what CRMs and spreadsheets use as ids. */
    public static final String EXTERNAL_ID = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}";

    @NotNull
    @Pattern(regexp = EXTERNAL_ID)
    @Column(name = "external_id", nullable = false, length = 64)
    private String externalId;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    /**
     * The partner's id as stored in the row: read-only, for the set-based queries that group
     * or filter by partner ({@code GROUP BY x.partnerId}). Going through the relationship
     * ({@code x.partner.id}) makes EclipseLink join the partner table for its tenant
     * predicate, which turns a scan of the rows into a lookup per partner: the scorecard
     * refresh's pass over a million deals took twice as long that way. Null on an entity
     * persisted in this transaction until it is read again.
     */
    @Column(name = "partner_id", insertable = false, updatable = false)
    private Long partnerId;

    protected PartnerFact() {
    }

    protected PartnerFact(String externalId, Partner partner) {
        this.externalId = externalId;
        this.partner = partner;
    }

    public String getExternalId() {
        return externalId;
    }

    public Partner getPartner() {
        return partner;
    }

    /** The partner's id as stored; see the field. */
    public Long getPartnerId() {
        return partnerId;
    }

    /** A record may move to another partner of the same vendor when the source system says so. */
    protected void assignTo(Partner newPartner) {
        this.partner = newPartner;
    }
}
