package com.partnerqbr.portal.scorecard;

import java.math.BigDecimal;

/**
 * Every figure a scorecard can show, with the words of its first definition. A vendor
 * publishes later versions of a definition (see {@code MetricDefinition}); the partner
 * agrees to them before they apply. A metric with a parameter lets a definition version
 * change the rule itself (the influenced-deal weight, the coverage floor, the stuck-deal age).
 */
public enum Metric {
    ATTRIBUTED_REVENUE(MetricGroup.REVENUE, MetricUnit.MONEY, "Attributed revenue",
            "Amounts of the deals won in the quarter that the partner sourced, plus the amounts of the won deals it"
                    + " influenced times the influenced weight. Shown against the quarter's revenue target.",
            "Deals (vendor CRM, deal registration)", "Influenced weight", new BigDecimal("1.00")),
    REVENUE_GROWTH(MetricGroup.REVENUE, MetricUnit.PERCENT, "Revenue growth QoQ",
            "(Attributed revenue this quarter - attributed revenue last quarter) / attributed revenue last quarter.",
            "Deals", null, null),
    AVERAGE_DEAL_SIZE(MetricGroup.REVENUE, MetricUnit.MONEY, "Average deal size",
            "Amounts of the deals won in the quarter / number of deals won in the quarter.",
            "Deals", null, null),
    COMMISSION_EARNED(MetricGroup.REVENUE, MetricUnit.MONEY, "Commission earned",
            "Commission the vendor owes the partner, by the date it was earned.",
            "Commission records (vendor finance)", null, null),
    OPEN_PIPELINE(MetricGroup.PIPELINE, MetricUnit.MONEY, "Open pipeline",
            "Amounts of the deals open at the end of the quarter (for the current quarter: today), by stage.",
            "Deals", null, null),
    PIPELINE_COVERAGE(MetricGroup.PIPELINE, MetricUnit.RATIO, "Pipeline coverage",
            "Open pipeline / next quarter's revenue target. Flagged below the coverage floor.",
            "Deals, quarterly targets", "Coverage floor (x)", new BigDecimal("3.00")),
    WIN_RATE(MetricGroup.PIPELINE, MetricUnit.PERCENT, "Win rate",
            "Deals won in the quarter / deals closed (won or lost) in the quarter.",
            "Deals", null, null),
    AVERAGE_DAYS_IN_STAGE(MetricGroup.PIPELINE, MetricUnit.DAYS, "Average days in stage",
            "For the deals open at the end of the quarter: days since each entered its current stage, averaged.",
            "Deals", null, null),
    STUCK_DEALS(MetricGroup.PIPELINE, MetricUnit.COUNT, "Stuck deals",
            "Open deals that have been in the same stage for at least the stuck-deal age.",
            "Deals", "Stuck after (days)", new BigDecimal("30")),
    ENGAGEMENT_SCORE(MetricGroup.HEALTH, MetricUnit.SCORE, "Engagement score",
            "0-100: 30 x min(portal logins / 12, 1) + 30 x min(deal registrations / 3, 1)"
                    + " + 20 x enablement completion + 20 x min(co-sell activities / 2, 1)"
                    + " + 10 x program reviews attended, at most 100, for the quarter.",
            "Portal logins, deals, enablement, co-sell activities, program review attendance", null, null),
    PORTAL_LOGINS(MetricGroup.HEALTH, MetricUnit.COUNT, "Portal logins",
            "Sign-ins of the partner's users to this portal in the quarter.",
            "The portal itself", null, null),
    DEAL_REGISTRATION_VELOCITY(MetricGroup.HEALTH, MetricUnit.DAYS, "Deal registration velocity",
            "For the deals registered in the quarter: days from identifying the opportunity to registering it, averaged.",
            "Deals", null, null),
    ENABLEMENT_COMPLETION(MetricGroup.HEALTH, MetricUnit.PERCENT, "Enablement completion",
            "Enrolments completed by the end of the quarter / enrolments made by the end of the quarter.",
            "Enablement records (learning system)", null, null),
    INTEGRATION_ADOPTION(MetricGroup.HEALTH, MetricUnit.COUNT, "Integration adoption",
            "Joint customers live on the partner's integration at the end of the quarter.",
            "Joint customer records", null, null),
    TIME_TO_FIRST_VALUE(MetricGroup.HEALTH, MetricUnit.DAYS, "Time to first value",
            "For the joint customers that reached first value in the quarter: days from signing, averaged.",
            "Joint customer records", null, null),
    CO_SELL_ACTIVITIES(MetricGroup.HEALTH, MetricUnit.COUNT, "Co-sell activities",
            "Joint calls, introductions and joint events of the quarter.",
            "Co-sell activity records", null, null);

    private final MetricGroup group;
    private final MetricUnit unit;
    private final String label;
    private final String formula;
    private final String source;
    private final String parameterLabel;
    private final BigDecimal defaultParameter;

    Metric(MetricGroup group, MetricUnit unit, String label, String formula, String source, String parameterLabel,
           BigDecimal defaultParameter) {
        this.group = group;
        this.unit = unit;
        this.label = label;
        this.formula = formula;
        this.source = source;
        this.parameterLabel = parameterLabel;
        this.defaultParameter = defaultParameter;
    }

    public MetricGroup getGroup() {
        return group;
    }

    public MetricUnit getUnit() {
        return unit;
    }

    public String getLabel() {
        return label;
    }

    /** The formula in words of the first definition. */
    public String getFormula() {
        return formula;
    }

    public String getSource() {
        return source;
    }

    /** What the definition's parameter means; null when the metric has none. */
    public String getParameterLabel() {
        return parameterLabel;
    }

    public BigDecimal getDefaultParameter() {
        return defaultParameter;
    }

    /**
     * Whether a rise of this figure is good news: revenue, pipeline, win rate, engagement. A rise is
     * bad news for stuck deals and for the figures counted in days (time in stage, to register, to value).
     */
    public boolean isHigherBetter() {
        return this != STUCK_DEALS && unit != MetricUnit.DAYS;
    }

    public boolean hasParameter() {
        return parameterLabel != null;
    }
}
