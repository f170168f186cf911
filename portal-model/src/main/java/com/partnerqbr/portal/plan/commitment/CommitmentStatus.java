package com.partnerqbr.portal.plan.commitment;

/** Where a commitment stands; "dropped" needs a reason. */
public enum CommitmentStatus {
    OPEN("Open"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    CommitmentStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Done or dropped: nothing more to check in on. */
    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
