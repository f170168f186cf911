package com.partnerqbr.portal.review.pipeline;

/** What a partner needs from the vendor to move an open deal. */
public enum HelpNeeded {
    NONE("None"),
    SE_SUPPORT("SE support"),
    EXEC_ALIGNMENT("Executive alignment"),
    REFERENCE_CUSTOMER("Reference customer"),
    PRICING_APPROVAL("Pricing approval"),
    OTHER("Other");

    private final String label;

    HelpNeeded(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
