package com.partnerqbr.portal.deal;

/** Whether the partner brought the deal or helped win a deal the vendor found. */
public enum DealOrigin {
    SOURCED("Sourced"),
    INFLUENCED("Influenced");

    private final String label;

    DealOrigin(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
