package com.partnerqbr.portal.plan.commitment;

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

/**
 * A partner admin's proposed change to one of the vendor's commitments: the vendor accepts it
 * (the commitment then says what was proposed) or rejects it with a reason; until then the
 * commitment stays as it is. {@code proposed} is the proposed content as JSON (the commitment's
 * own columns stay the one place a commitment's fields are kept).
 */
@Entity
@Table(name = "plan_proposal")
@NamedQuery(name = "ChangeProposal.ofPlan", query = "SELECT p FROM ChangeProposal p JOIN FETCH p.commitment c"
        + " WHERE c.plan = :plan ORDER BY p.id")
public class ChangeProposal extends TenantOwned {

    /** Where a proposal stands. */
    public enum State { PENDING, ACCEPTED, REJECTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false)
    private Commitment commitment;

    /** The commitment's row version the proposal was made against. */
    @Column(name = "seen_version", nullable = false)
    private long seenVersion;

    @Column(nullable = false, length = 4000)
    private String proposed;

    @Column(name = "proposed_by", nullable = false, length = 255)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private State state = State.PENDING;

    /** Null until decided. */
    @Embedded
    private Decided decided;

    protected ChangeProposal() {
    }

    public ChangeProposal(Commitment commitment, long seenVersion, String proposed, String proposedBy,
                          Instant proposedAt) {
        this.commitment = commitment;
        this.seenVersion = seenVersion;
        this.proposed = proposed;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public void decide(State decision, String by, Instant at, String why) {
        this.state = decision;
        this.decided = new Decided(by, at, why);
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public long getSeenVersion() {
        return seenVersion;
    }

    public String getProposed() {
        return proposed;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public State getState() {
        return state;
    }

    /** Who decided, when and why; null while pending. */
    public Decided getDecided() {
        return decided;
    }
}
