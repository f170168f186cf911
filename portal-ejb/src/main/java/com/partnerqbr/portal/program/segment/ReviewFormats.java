package com.partnerqbr.portal.program.segment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The review format of each segment, pure: the defaults a vendor starts with, and what a format
 * means for a partner on a given day. The monthly program review is held on the first Tuesday
 * of every month (fixed for now; the words of each format are the vendor's).
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

    /** The first Tuesday of the month on or after today. */
    public static LocalDate nextProgramReview(LocalDate today) {
        LocalDate thisMonth = today.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        return thisMonth.isBefore(today)
                ? today.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)) : thisMonth;
    }

    /** What the format means for the partner today: "Your next QBR is due by 2026-12-31 (...)." */
    public static String meaning(Format format, LocalDate today) {
        return switch (format.cadence()) {
            case QUARTERLY_QBR -> "Your next QBR is due by " + com.partnerqbr.portal.program.Quarter.of(today).lastDay()
                    + ": " + format.meeting() + ", with " + format.betweenReviews() + ".";
            case MONTHLY_PROGRAM_REVIEW -> "Join the monthly program review on " + nextProgramReview(today) + ": "
                    + format.meeting() + ", and " + format.betweenReviews() + ".";
            case SCORECARD_EMAIL -> "Your review comes as " + format.meeting() + ", and " + format.betweenReviews()
                    + ".";
        };
    }
}
