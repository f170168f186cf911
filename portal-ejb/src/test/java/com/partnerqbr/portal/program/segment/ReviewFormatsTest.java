package com.partnerqbr.portal.program.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewFormatsTest {

    private static final List<ReviewFormats.Format> DEFAULTS = ReviewFormats.defaults();
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void strategicAndGrowthPartnersHaveAQbrDueByTheDayGivenUntilOneIsScheduled() {
        assertEquals("Your next QBR is due by 2026-12-31: 60-minute QBR with executive sponsors of both sides,"
                + " quarterly, with monthly check-ins.",
                ReviewFormats.meaning(DEFAULTS.get(0), null, null, LocalDate.of(2026, 12, 31), null, UTC));
        assertEquals("Your next QBR is on Thu 2026-12-03 15:00 UTC: 45-minute QBR with a templated scorecard,"
                + " quarterly, with ad-hoc check-ins.", ReviewFormats.meaning(DEFAULTS.get(1), null,
                LocalDateTime.of(2026, 12, 3, 15, 0), LocalDate.of(2026, 12, 31), null, UTC));
    }

    @Test
    void theNextQbrReadsInTheReadersZoneWithTheZoneNamed() {
        assertEquals("Your next QBR is on Thu 2026-12-03 09:00 CST (America/Chicago): 45-minute QBR with a templated"
                + " scorecard, quarterly, with ad-hoc check-ins.", ReviewFormats.meaning(DEFAULTS.get(1), null,
                LocalDateTime.of(2026, 12, 3, 15, 0), LocalDate.of(2026, 12, 31), null, CHICAGO));
        assertEquals("The next QBR of Brightpath Solutions is on Thu 2026-12-03 16:00 CET (Europe/Berlin): 45-minute"
                + " QBR with a templated scorecard, quarterly, with ad-hoc check-ins.", ReviewFormats.meaning(
                DEFAULTS.get(1), "Brightpath Solutions", LocalDateTime.of(2026, 12, 3, 15, 0), null, null,
                ZoneId.of("Europe/Berlin")));
    }

    @Test
    void tailPartnersAreInvitedToTheNextProgramReview() {
        assertEquals("Join the monthly program review on 2026-12-01: monthly 30-minute group program review with"
                + " aggregate data, and a 1:1 on request.",
                ReviewFormats.meaning(DEFAULTS.get(2), null, null, null, LocalDate.of(2026, 12, 1), UTC));
    }

    @Test
    void longTailPartnersGetTheirScorecardByEmail() {
        assertEquals("Your review comes as a personal scorecard e-mail each quarter with a \"book time\" link, and"
                + " time booked from the e-mail.", ReviewFormats.meaning(DEFAULTS.get(3), null, null, null, null, UTC));
    }

    @Test
    void theVendorsPeopleReadAboutThePartnerNotToIt() {
        assertEquals("The next QBR of Brightpath Solutions is due by 2026-12-31: 60-minute QBR with executive sponsors"
                + " of both sides, quarterly, with monthly check-ins.", ReviewFormats.meaning(DEFAULTS.get(0),
                "Brightpath Solutions", null, LocalDate.of(2026, 12, 31), null, UTC));
        assertEquals("Orbit Integrations is invited to the monthly program review on 2026-12-01: monthly 30-minute"
                + " group program review with aggregate data, and a 1:1 on request.", ReviewFormats.meaning(
                DEFAULTS.get(2), "Orbit Integrations", null, null, LocalDate.of(2026, 12, 1), UTC));
        assertEquals("Ashford Labs is reviewed by a personal scorecard e-mail each quarter with a \"book time\" link,"
                + " and time booked from the e-mail.", ReviewFormats.meaning(DEFAULTS.get(3), "Ashford Labs", null,
                null, null, UTC));
    }

    @Test
    void aQbrsStartReadsInTheReadersZoneAcrossDaylightSaving() {
        assertEquals("Tue 2027-01-05 09:05 UTC", ReviewFormats.when(LocalDateTime.of(2027, 1, 5, 9, 5), UTC));
        assertEquals("Tue 2027-01-05 03:05 CST (America/Chicago)", ReviewFormats.when(LocalDateTime.of(2027, 1, 5, 9,
                5), CHICAGO));
        assertEquals("Mon 2027-07-05 04:05 CDT (America/Chicago)", ReviewFormats.when(LocalDateTime.of(2027, 7, 5, 9,
                5), CHICAGO));
    }
}
