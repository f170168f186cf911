package com.partnerqbr.portal.scorecard;

/**
 * What the data says before anyone is in the room. Concerns are the bad news a partner is
 * warned of in the pre-read; the rest are good news worth saying.
 */
public enum Flag {
    BELOW_TARGET("Below target", true),
    REVENUE_DROP("Revenue drop", true),
    WIN_RATE_DROP("Win rate drop", true),
    LOW_COVERAGE("Coverage below floor", true),
    STUCK_DEALS("Stuck deals", true),
    WHALE_DEAL("One deal carries the quarter", true),
    REVENUE_UP("Revenue growth", false);

    private final String label;
    private final boolean concern;

    Flag(String label, boolean concern) {
        this.label = label;
        this.concern = concern;
    }

    public String getLabel() {
        return label;
    }

    public boolean isConcern() {
        return concern;
    }
}
