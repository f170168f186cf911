package com.partnerqbr.portal.scorecard;

import java.util.List;

/**
 * Which metrics a partner's scorecard shows, decided by its type: channel partners are
 * read on pipeline, win rate and enablement; technology partners on adoption and time
 * to value; suppliers on forecast and delivery pace. Each has 9 or 10 metrics.
 */
public enum ScorecardTemplate {
    CHANNEL(List.of(Metric.ATTRIBUTED_REVENUE, Metric.REVENUE_GROWTH, Metric.AVERAGE_DEAL_SIZE,
            Metric.COMMISSION_EARNED, Metric.OPEN_PIPELINE, Metric.PIPELINE_COVERAGE, Metric.WIN_RATE,
            Metric.STUCK_DEALS, Metric.ENGAGEMENT_SCORE, Metric.ENABLEMENT_COMPLETION)),
    TECHNOLOGY(List.of(Metric.ATTRIBUTED_REVENUE, Metric.REVENUE_GROWTH, Metric.AVERAGE_DEAL_SIZE,
            Metric.OPEN_PIPELINE, Metric.PIPELINE_COVERAGE, Metric.WIN_RATE, Metric.ENGAGEMENT_SCORE,
            Metric.INTEGRATION_ADOPTION, Metric.TIME_TO_FIRST_VALUE, Metric.CO_SELL_ACTIVITIES)),
    SUPPLIER(List.of(Metric.ATTRIBUTED_REVENUE, Metric.REVENUE_GROWTH, Metric.COMMISSION_EARNED,
            Metric.OPEN_PIPELINE, Metric.PIPELINE_COVERAGE, Metric.AVERAGE_DAYS_IN_STAGE, Metric.STUCK_DEALS,
            Metric.ENGAGEMENT_SCORE, Metric.PORTAL_LOGINS));

    private final List<Metric> metrics;

    ScorecardTemplate(List<Metric> metrics) {
        this.metrics = metrics;
    }

    /** The metrics in the order the scorecard shows them (grouped revenue, pipeline, health). */
    public List<Metric> getMetrics() {
        return metrics;
    }
}
