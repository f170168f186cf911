package com.partnerqbr.portal.api.partner;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the vendor's partners. A concrete type rather than a generic page, and a
 * class rather than a record: Payara 6's OpenAPI generator documents a generic return type
 * as an object of objects, and fails on {@code @Schema(implementation = ...)} on a record
 * component (it lands on the accessor, which it takes for a setter).
 */
@Schema(name = "PartnerPage", description = "One page of the vendor's partners, sorted by name")
@JsonbPropertyOrder({"items", "offset", "limit", "total"})
public final class PartnerPage {

    @Schema(type = SchemaType.ARRAY, implementation = PartnerView.class, description = "The partners of this page")
    private final List<PartnerView> items;

    @Schema(description = "How many partners were skipped", example = "0")
    private final int offset;

    @Schema(description = "How many partners the page holds at most", example = "20")
    private final int limit;

    @Schema(description = "How many partners the vendor has in all", example = "30")
    private final int total;

    public PartnerPage(List<PartnerView> items, int offset, int limit, int total) {
        this.items = List.copyOf(items);
        this.offset = offset;
        this.limit = limit;
        this.total = total;
    }

    public List<PartnerView> getItems() {
        return items;
    }

    public int getOffset() {
        return offset;
    }

    public int getLimit() {
        return limit;
    }

    public int getTotal() {
        return total;
    }
}
