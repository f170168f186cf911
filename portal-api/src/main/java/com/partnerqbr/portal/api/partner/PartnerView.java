package com.partnerqbr.portal.api.partner;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.tier.Tier;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner as the API shows it. Its code is its key; database ids stay inside. (A class,
 * not a record: see {@link PartnerPage}. The type and the date are kept as text, which is
 * what the JSON carries anyway: Payara's OpenAPI generator documents an enum or a
 * {@code LocalDate} field as an object whatever its {@code @Schema} says.)
 */
@Schema(name = "Partner", description = "A company in the vendor's partner program")
@JsonbPropertyOrder({"code", "name", "type", "region", "joinedOn", "tier"})
public final class PartnerView {

    @Schema(description = "Stable key of the partner within the vendor", example = "brightpath")
    private final String code;

    @Schema(example = "Brightpath Solutions")
    private final String name;

    /** The schema lists the {@link PartnerType} constants (a unit test keeps them equal). */
    @Schema(type = SchemaType.STRING, enumeration = {"RESELLER", "REFERRAL", "IMPLEMENTATION", "TECHNOLOGY", "SUPPLIER",
        "CO_MARKETING", "OEM", "WHITE_LABEL", "JOINT_VENTURE"},
            description = "Kind of partnership; decides the scorecard's metrics", example = "RESELLER")
    private final String type;

    @Schema(example = "EMEA")
    private final String region;

    /** ISO date (yyyy-mm-dd). */
    @Schema(type = SchemaType.STRING, format = "date", description = "When the partner joined the program",
            example = "2021-03-15")
    private final String joinedOn;

    @Schema(description = "Name of the approved tier; absent when none", example = "Gold")
    private final String tier;

    private PartnerView(Partner partner) {
        Tier approved = partner.getTier();
        this.code = partner.getCode();
        this.name = partner.getName();
        this.type = partner.getType().name();
        this.region = partner.getRegion();
        this.joinedOn = partner.getJoinedOn().toString();
        this.tier = approved == null ? null : approved.getName();
    }

    static PartnerView of(Partner partner) {
        return new PartnerView(partner);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getRegion() {
        return region;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public String getTier() {
        return tier;
    }
}
