package com.partnerqbr.portal.review.healthcheck;

import com.partnerqbr.portal.scorecard.dispute.Side;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The health check, pure. Both sides rate the four questions 1 to 5. Each side is blind to the
 * other's answers until both have answered or the meeting has started. Then each question shows
 * the gap between the sides (the difference, whichever side rated higher), flagged at
 * {@value #FLAGGED_GAP} or more, and its trend against the previous QBR's gap.
 */
public final class HealthCheckGap {

    public static final int FLAGGED_GAP = 2;

    private HealthCheckGap() {
    }

    /** One side's ratings, 1 to 5, in the order of {@link HealthQuestion}. */
    public record Ratings(int[] scores) {

        public Ratings {
            if (scores.length != HealthQuestion.values().length
                    || Arrays.stream(scores).anyMatch(s -> s < 1 || s > 5)) {
                throw new IllegalArgumentException("four ratings from 1 to 5");
            }
            scores = scores.clone();
        }

        public int of(HealthQuestion question) {
            return scores[question.ordinal()];
        }
    }

    /** One question: both sides' ratings, the gap, whether it is flagged and how it moved since the previous QBR. */
    public record Gap(HealthQuestion question, int vendor, int partner, int gap, boolean flagged, String trend) {
    }

    /** Whether one side may see the other side's answers, given the sides that have answered. */
    public static boolean othersVisible(Set<Side> answered, boolean meetingStarted) {
        return meetingStarted || answered.containsAll(List.of(Side.VENDOR, Side.PARTNER));
    }

    /** The gaps of a QBR, with the previous QBR's ratings (null when there were none) for the trend. */
    public static List<Gap> gaps(Ratings vendor, Ratings partner, Ratings previousVendor, Ratings previousPartner) {
        return Arrays.stream(HealthQuestion.values()).map(q -> {
            int gap = Math.abs(vendor.of(q) - partner.of(q));
            String trend;
            if (previousVendor == null || previousPartner == null) {
                trend = "first health check";
            } else {
                int before = Math.abs(previousVendor.of(q) - previousPartner.of(q));
                trend = gap == before ? "same as last QBR" : gap > before ? "wider by " + (gap - before)
                        : "narrower by " + (before - gap);
            }
            return new Gap(q, vendor.of(q), partner.of(q), gap, gap >= FLAGGED_GAP, trend);
        }).toList();
    }
}
