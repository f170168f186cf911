package com.partnerqbr.portal.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who decided on a proposal, when, and why (the reason may be empty), in the same columns
 * wherever a proposal is decided: a tier proposal, a proposed change to a commitment. This is all
 * the two share: a mapped superclass for both would add only {@code proposed_at}, since their states
 * are different enums in different columns ({@code status}, {@code state}) and it would have to
 * extend {@code TenantOwned} in a package below both tiers and plans (tenancy), which is about who
 * the caller is, not proposals.
 */
@Embeddable
public class Decided implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "decided_by", length = 255)
    private String by;

    @Column(name = "decided_at")
    private Instant at;

    @Column(length = 500)
    private String reason;

    protected Decided() {
    }

    public Decided(String by, Instant at, String reason) {
        this.by = by;
        this.at = at;
        this.reason = reason;
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
