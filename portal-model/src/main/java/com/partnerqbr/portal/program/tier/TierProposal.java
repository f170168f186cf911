package com.partnerqbr.portal.program.tier;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.kernel.Decided;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A change of a partner's approved tier that its computed eligibility asks for: a promotion or
 * a demotion. A vendor admin approves or rejects it with a reason; a demotion cannot be
 * approved before its grace period ends, and the partner is warned meanwhile.
 */
@Entity
@Table(name = "tier_proposal")
@NamedQuery(name = "TierProposal.pending",
        query = "SELECT p FROM TierProposal p JOIN FETCH p.partner WHERE p.status = com.partnerqbr.portal.program.tier.ProposalStatus.PENDING"
                + " ORDER BY p.proposedAt")
@NamedQuery(name = "TierProposal.withIds", query = "SELECT p FROM TierProposal p WHERE p.id IN :ids")
@NamedQuery(name = "TierProposal.pendingOfPartner",
        query = "SELECT p FROM TierProposal p WHERE p.partner = :partner"
                + " AND p.status = com.partnerqbr.portal.program.tier.ProposalStatus.PENDING")
public class TierProposal extends TenantOwned implements OfPartner {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    /** The quarter whose eligibility asked for the change. */
    @Column(nullable = false, length = 7)
    private Quarter quarter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_tier_id")
    private Tier fromTier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_tier_id", nullable = false)
    private Tier toTier;

    @Column(nullable = false)
    private boolean demotion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalStatus status = ProposalStatus.PENDING;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    /** A demotion's last day of grace; null for a promotion. */
    @Column(name = "grace_until")
    private LocalDate graceUntil;

    /** Null until decided. */
    @Embedded
    private Decided decided;

    protected TierProposal() {
    }

    public TierProposal(Partner partner, Quarter quarter, Tier fromTier, Tier toTier, boolean demotion,
                        Instant proposedAt, LocalDate graceUntil) {
        this.partner = partner;
        this.quarter = quarter;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.demotion = demotion;
        this.proposedAt = proposedAt;
        this.graceUntil = graceUntil;
    }

    public void decide(ProposalStatus decision, String by, String why, Instant at) {
        this.status = decision;
        this.decided = new Decided(by, at, why);
    }

    public Partner getPartner() {
        return partner;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public Tier getFromTier() {
        return fromTier;
    }

    public Tier getToTier() {
        return toTier;
    }

    public boolean isDemotion() {
        return demotion;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public LocalDate getGraceUntil() {
        return graceUntil;
    }

    /** Who decided, when and why; null while pending. */
    public Decided getDecided() {
        return decided;
    }
}
