package com.partnerqbr.portal.review.pipeline;

import com.partnerqbr.portal.deal.DealStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The pipeline review's order, pure: the partner's open deals one by one, the largest first
 * (then the soonest expected close, then the customer), each with its days in its stage,
 * {@value #STUCK_DAYS} or more flagged stuck.
 */
public final class PipelineReview {

    public static final int STUCK_DAYS = 30;

    private PipelineReview() {
    }

    /** An open deal as the import left it. */
    public record OpenDeal(long dealId, String customer, BigDecimal amount, DealStage stage, LocalDate stageEnteredOn,
                           LocalDate expectedCloseOn) {
    }

    /** A deal in the review: its days in stage on the day of the review and whether that makes it stuck. */
    public record Line(OpenDeal deal, long daysInStage, boolean stuck) {
    }

    public static List<Line> lines(List<OpenDeal> deals, LocalDate on) {
        return deals.stream()
                .sorted(Comparator.comparing(OpenDeal::amount).reversed()
                        .thenComparing(OpenDeal::expectedCloseOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OpenDeal::customer))
                .map(d -> {
                    long days = ChronoUnit.DAYS.between(d.stageEnteredOn(), on);
                    return new Line(d, days, days >= STUCK_DAYS);
                }).toList();
    }
}
