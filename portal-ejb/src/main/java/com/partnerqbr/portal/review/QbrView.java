package com.partnerqbr.portal.review;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A QBR as pages show it; {@code startsAt} in UTC. */
public record QbrView(long qbrId, long version, long partnerId, String partnerName, Quarter quarter,
                      LocalDateTime startsAt, int meetingMinutes, String meeting, QbrStatus status, String scheduledBy,
                      Instant heldAt) {

    /** The start in the reader's zone, named: "Thu 2026-12-03 09:00 CST (America/Chicago)". */
    public String when(ZoneId zone) {
        return ReviewFormats.when(startsAt, zone);
    }
}
