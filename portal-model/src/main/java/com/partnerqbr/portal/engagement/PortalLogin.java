package com.partnerqbr.portal.engagement;

import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner user signed in to the portal. The portal records these itself. */
@Entity
@Table(name = "portal_login")
public class PortalLogin extends TenantOwned implements OfPartner {

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

    @Column(name = "user_name", nullable = false, length = 255)
    private String userName;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    protected PortalLogin() {
    }

    public PortalLogin(Partner partner, String userName, Instant signedInAt) {
        this.partner = partner;
        this.userName = userName;
        this.signedInAt = signedInAt;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getUserName() {
        return userName;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }
}
