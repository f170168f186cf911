package com.partnerqbr.portal.deal;

/** Why a deal was lost. */
public enum LossReason {
    PRODUCT_GAP("Product gap"),
    COMPETITIVE("Competitive"),
    EXECUTION("Execution"),
    OTHER("Other");

    private final String label;

    LossReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
