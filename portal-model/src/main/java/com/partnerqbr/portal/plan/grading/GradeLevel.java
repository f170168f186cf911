package com.partnerqbr.portal.plan.grading;

/** How a side grades a commitment at the next QBR. */
public enum GradeLevel {
    DONE("Done"),
    PARTLY("Partly"),
    NOT_DONE("Not done");

    private final String label;

    GradeLevel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
