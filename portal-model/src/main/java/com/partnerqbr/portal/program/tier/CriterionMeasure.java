package com.partnerqbr.portal.program.tier;

import com.partnerqbr.portal.scorecard.MetricUnit;

/**
 * What a tier criterion measures, each computed for a partner at the end of a quarter from the
 * program data and the scorecards. Trailing means the four quarters ending with that quarter.
 */
public enum CriterionMeasure {
    /** Deals won in the trailing four quarters, as counted by the partner's scorecards of those quarters. */
    WON_DEALS("Won deals (4 quarters)", MetricUnit.COUNT),
    /** Sum of the attributed-revenue figures of the partner's scorecards of the trailing four quarters. */
    TRAILING_REVENUE("Trailing revenue (4 quarters)", MetricUnit.MONEY),
    /** Different people of the partner who completed a certification course by the end of the quarter. */
    CERTIFIED_PEOPLE("Certified people", MetricUnit.COUNT),
    /** The enablement-completion figure of the quarter's scorecard, a fraction (0.80 is 80%). */
    ENABLEMENT_COMPLETION("Enablement completion", MetricUnit.PERCENT);

    private final String label;
    private final MetricUnit unit;

    CriterionMeasure(String label, MetricUnit unit) {
        this.label = label;
        this.unit = unit;
    }

    public String getLabel() {
        return label;
    }

    public MetricUnit getUnit() {
        return unit;
    }
}
