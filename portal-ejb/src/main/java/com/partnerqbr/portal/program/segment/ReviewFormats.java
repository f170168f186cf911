package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.kernel.Deadlines;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The review format of each segment, pure: the defaults a vendor starts with, and what a format
 * means for a partner given its next QBR and the next monthly program review (the words of each
 * format are the vendor's).
 */
public final class ReviewFormats {

    private ReviewFormats() {
    }

    /** A segment's format as pages show it and settings edit it. */
    public record Format(Segment segment, ReviewCadence cadence, int meetingMinutes, String meeting,
                         String betweenReviews, long version) {
    }

    /** The defaults of a vendor that has not edited its formats (version -1: never stored). */
    public static List<Format> defaults() {
        return List.of(
                new Format(Segment.STRATEGIC, ReviewCadence.QUARTERLY_QBR, 60,
                        "60-minute QBR with executive sponsors of both sides, quarterly", "monthly check-ins", -1),
                new Format(Segment.GROWTH, ReviewCadence.QUARTERLY_QBR, 45,
                        "45-minute QBR with a templated scorecard, quarterly", "ad-hoc check-ins", -1),
                new Format(Segment.TAIL, ReviewCadence.MONTHLY_PROGRAM_REVIEW, 30,
                        "monthly 30-minute group program review with aggregate data", "a 1:1 on request", -1),
                new Format(Segment.LONG_TAIL, ReviewCadence.SCORECARD_EMAIL, 0,
                        "a personal scorecard e-mail each quarter with a \"book time\" link", "time booked from the e-mail", -1));
    }

    /**
     * A QBR's start (kept in UTC) as the reader reads it, in their zone with the zone named:
     * "Thu 2026-12-03 09:00 CST (America/Chicago)".
     */
    public static String when(LocalDateTime startsAt, ZoneId zone) {
        return Deadlines.shown(startsAt.toInstant(ZoneOffset.UTC), zone);
    }

    /**
     * What the format means for the partner: "Your next QBR is on Thu 2026-12-03 09:00 CST
     * (America/Chicago): ..." when one is scheduled ({@code nextQbr} in UTC, null if none; shown
     * in the reader's {@code zone}), else "Your next QBR is due by 2026-12-31: ..."; "Join the
     * monthly program review on 2026-12-01: ..."; or the scorecard e-mail. The same said about the
     * partner to the vendor's people ({@code partnerName}; null: to the partner itself): "The next
     * QBR of Brightpath Solutions is on ...", "Brightpath Solutions is invited to the monthly
     * program review on ...", "Brightpath Solutions is reviewed by ...".
     */
    public static String meaning(Format format, String partnerName, LocalDateTime nextQbr, LocalDate qbrDueBy,
                                 LocalDate programReview, ZoneId zone) {
        if (partnerName != null) {
            return switch (format.cadence()) {
                case QUARTERLY_QBR -> "The next QBR of " + partnerName + (nextQbr != null ? " is on " + when(nextQbr, zone)
                        : " is due by " + qbrDueBy) + ": " + format.meeting() + ", with " + format.betweenReviews() + ".";
                case MONTHLY_PROGRAM_REVIEW -> partnerName + " is invited to the monthly program review on "
                        + programReview + ": " + format.meeting() + ", and " + format.betweenReviews() + ".";
                case SCORECARD_EMAIL -> partnerName + " is reviewed by " + format.meeting() + ", and "
                        + format.betweenReviews() + ".";
            };
        }
        return switch (format.cadence()) {
            case QUARTERLY_QBR -> (nextQbr != null ? "Your next QBR is on " + when(nextQbr, zone)
                    : "Your next QBR is due by " + qbrDueBy) + ": " + format.meeting() + ", with "
                    + format.betweenReviews() + ".";
            case MONTHLY_PROGRAM_REVIEW -> "Join the monthly program review on " + programReview + ": "
                    + format.meeting() + ", and " + format.betweenReviews() + ".";
            case SCORECARD_EMAIL -> "Your review comes as " + format.meeting() + ", and " + format.betweenReviews()
                    + ".";
        };
    }
}
