package com.partnerqbr.portal.scorecard;

/** How a figure is read. */
public enum MetricUnit {
    /** In the program's currency. */
    MONEY,
    /** A share, stored as a fraction: 0.38 is 38%. */
    PERCENT,
    /** A multiple, e.g. pipeline coverage 2.5x. */
    RATIO,
    COUNT,
    DAYS,
    /** 0 to 100. */
    SCORE
}
