package com.partnerqbr.portal.program.tier;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A level of a vendor's program ladder (Registered, Silver, Gold, Platinum...) in one version
 * of the ladder. Changing the ladder writes a new version of every tier; a partner's approved
 * tier keeps pointing at the tier of the version it was approved under.
 */
@Entity
@Table(name = "tier")
@NamedQuery(name = "Tier.ladder", query = "SELECT t FROM Tier t WHERE t.ladderVersion = :ladderVersion ORDER BY t.rank")
@NamedQuery(name = "Tier.currentLadderVersion", query = "SELECT MAX(t.ladderVersion) FROM Tier t")
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

    /** The version of the ladder this tier belongs to; 1 is the first ladder. */
    @Min(1)
    @Column(name = "ladder_version", nullable = false)
    private int ladderVersion = 1;

    /** What a partner must reach to be eligible for this tier; none for an entry tier. */
    @ElementCollection
    @CollectionTable(name = "tier_criterion", joinColumns = @JoinColumn(name = "tier_id"))
    @OrderColumn(name = "position")
    private List<TierCriterion> criteria = new ArrayList<>();

    protected Tier() {
    }

    public Tier(String name, int rank, String benefits) {
        this.name = name;
        this.rank = rank;
        this.benefits = benefits;
    }

    public Tier(String name, int rank, String benefits, int ladderVersion, List<TierCriterion> criteria) {
        this(name, rank, benefits);
        this.ladderVersion = ladderVersion;
        this.criteria = new ArrayList<>(criteria);
    }

    public int getLadderVersion() {
        return ladderVersion;
    }

    public List<TierCriterion> getCriteria() {
        return criteria;
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
