package com.partnerqbr.portal.review.healthcheck;

/** The four questions both sides rate from 1 to 5 at every QBR. */
public enum HealthQuestion {
    COMMUNICATION("Communication"),
    INCENTIVES("Incentives alignment"),
    EXECUTIVE_ENGAGEMENT("Executive engagement"),
    FIELD_UNDERSTANDING("Field understanding");

    private final String label;

    HealthQuestion(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
