package com.partnerqbr.portal.scorecard.definition;

/** A partner's answer to a new definition version. */
public enum AgreementStatus {
    /** The partner accepts it; it applies from the partner's next scorecard on. */
    AGREED("Agreed"),
    /** The partner has a question; the version does not apply until it is agreed. */
    QUESTIONED("Questioned");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
