package com.partnerqbr.portal.review;

/** Where a QBR stands. Only a scheduled QBR can be rescheduled, cancelled or marked held. */
public enum QbrStatus {
    SCHEDULED("Scheduled"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    QbrStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
