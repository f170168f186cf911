package com.partnerqbr.portal.partner;

import com.partnerqbr.portal.program.tier.Tier;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A company in a vendor's program. A partner that left is archived, never deleted: it leaves the
 * lists and the program's reviews, and its history (scorecards, QBRs, plans) stays.
 */
@Entity
@Table(name = "partner")
@NamedQuery(name = "Partner.byCode", query = "SELECT p FROM Partner p LEFT JOIN FETCH p.tier WHERE p.code = :code")
@NamedQuery(name = "Partner.count", query = "SELECT COUNT(p) FROM Partner p")
@NamedQuery(name = "Partner.all", query = "SELECT p FROM Partner p ORDER BY p.name")
@NamedQuery(name = "Partner.current", query = "SELECT p FROM Partner p WHERE p.archivedAt IS NULL ORDER BY p.name")
public class Partner extends TenantOwned {

    /** Stable key within the vendor; the value of the {@code partner} claim of its users. */
    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}")
    @Column(nullable = false, length = 64)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PartnerType type;

    @Size(max = 80)
    @Column(length = 80)
    private String region;

    @NotNull
    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    /** The approved tier (never the computed eligibility). */
    @ManyToOne
    @JoinColumn(name = "tier_id")
    private Tier tier;

    /** The IANA zone the partner works in (e.g. Europe/Berlin); null: the program's zone. */
    @Size(max = 64)
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    /** The user name of the partner manager whose book it is in; null: nobody's yet. */
    @Size(max = 255)
    @Column(length = 255)
    private String owner;

    /** When a vendor admin archived it; null while it is in the program. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Partner() {
    }

    public Partner(String code, String name, PartnerType type, String region, LocalDate joinedOn, Tier tier) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.region = region;
        this.joinedOn = joinedOn;
        this.tier = tier;
    }

    /** Sets what a vendor admin keeps about the partner (everything but its code, tier and archive). */
    public void describe(String name, PartnerType type, String region, LocalDate joinedOn, String timeZone,
                         String owner) {
        this.name = name;
        this.type = type;
        this.region = region;
        this.joinedOn = joinedOn;
        this.timeZone = timeZone;
        this.owner = owner;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public void archive(Instant at) {
        this.archivedAt = at;
    }

    public void restore() {
        this.archivedAt = null;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public PartnerType getType() {
        return type;
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public Tier getTier() {
        return tier;
    }

    /** Records a tier a vendor admin approved (a promotion or demotion). */
    public void approveTier(Tier approved) {
        this.tier = approved;
    }
}
