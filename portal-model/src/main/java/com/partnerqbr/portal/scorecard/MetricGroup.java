package com.partnerqbr.portal.scorecard;

/** The three groups of a scorecard: what happened, where next quarter is headed, and how the partnership runs. */
public enum MetricGroup {
    REVENUE("Revenue"),
    PIPELINE("Pipeline"),
    HEALTH("Health");

    private final String label;

    MetricGroup(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
