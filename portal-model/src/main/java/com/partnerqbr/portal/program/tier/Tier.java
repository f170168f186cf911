package com.partnerqbr.portal.program.tier;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A level of a vendor's program ladder (Registered, Silver, Gold, Platinum...). */
@Entity
@Table(name = "tier")
@NamedQuery(name = "Tier.ladder", query = "SELECT t FROM Tier t ORDER BY t.rank")
public class Tier extends TenantOwned {

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String name;

    /** Position on the ladder: 1 is the entry tier, higher is better. */
    @Min(1)
    @Column(name = "tier_rank", nullable = false)
    private int rank;

    @Size(max = 1000)
    @Column(length = 1000)
    private String benefits;

    protected Tier() {
    }

    public Tier(String name, int rank, String benefits) {
        this.name = name;
        this.rank = rank;
        this.benefits = benefits;
    }

    public String getName() {
        return name;
    }

    public int getRank() {
        return rank;
    }

    public String getBenefits() {
        return benefits;
    }
}
