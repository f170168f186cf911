package com.partnerqbr.portal.review;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import java.time.Instant;
import java.time.LocalDateTime;

/** A QBR as pages show it; {@code startsAt} in UTC. */
public record QbrView(long qbrId, long version, long partnerId, String partnerName, Quarter quarter,
                      LocalDateTime startsAt, int meetingMinutes, String meeting, QbrStatus status, String scheduledBy,
                      Instant heldAt) {

    /** "2026-12-03 15:00 UTC". */
    public String when() {
        return ReviewFormats.when(startsAt);
    }
}
