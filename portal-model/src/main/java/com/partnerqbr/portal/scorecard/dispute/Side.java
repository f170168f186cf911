package com.partnerqbr.portal.scorecard.dispute;

/** Which company a person speaks for. */
public enum Side {
    VENDOR("Vendor"),
    PARTNER("Partner");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
