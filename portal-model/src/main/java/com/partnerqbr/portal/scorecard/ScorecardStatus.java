package com.partnerqbr.portal.scorecard;

/** A draft follows the data on every refresh; a frozen scorecard never changes again. */
public enum ScorecardStatus {
    DRAFT("Draft"),
    FROZEN("Frozen");

    private final String label;

    ScorecardStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
