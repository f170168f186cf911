package com.partnerqbr.portal.program.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewFormatsTest {

    private static final List<ReviewFormats.Format> DEFAULTS = ReviewFormats.defaults();

    @Test
    void strategicAndGrowthPartnersHaveAQbrDueByTheEndOfTheQuarter() {
        assertEquals("Your next QBR is due by 2026-12-31: 60-minute QBR with executive sponsors of both sides,"
                + " quarterly, with monthly check-ins.", ReviewFormats.meaning(DEFAULTS.get(0), LocalDate.of(2026, 11, 24)));
        assertEquals("Your next QBR is due by 2026-09-30: 45-minute QBR with a templated scorecard, quarterly,"
                + " with ad-hoc check-ins.", ReviewFormats.meaning(DEFAULTS.get(1), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void tailPartnersAreInvitedToTheNextFirstTuesdayProgramReview() {
        assertEquals("Join the monthly program review on 2026-12-01: monthly 30-minute group program review with"
                + " aggregate data, and a 1:1 on request.", ReviewFormats.meaning(DEFAULTS.get(2), LocalDate.of(2026, 11, 24)));
        // on the day itself it is today; the day after, next month's
        assertEquals(LocalDate.of(2026, 12, 1), ReviewFormats.nextProgramReview(LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2027, 1, 5), ReviewFormats.nextProgramReview(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void longTailPartnersGetTheirScorecardByEmail() {
        assertEquals("Your review comes as a personal scorecard e-mail each quarter with a \"book time\" link, and"
                + " time booked from the e-mail.", ReviewFormats.meaning(DEFAULTS.get(3), LocalDate.of(2026, 11, 24)));
    }
}
