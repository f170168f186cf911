package com.partnerqbr.portal.program.segment;

/** How a segment's partners are reviewed, which decides what their home page tells them. */
public enum ReviewCadence {
    /** A QBR of its own every quarter: "your next QBR is due by" the quarter's last day. */
    QUARTERLY_QBR,
    /** The monthly group program review: "join the monthly program review on" its next date. */
    MONTHLY_PROGRAM_REVIEW,
    /** No meeting: a scorecard e-mail with a link to book time. */
    SCORECARD_EMAIL
}
