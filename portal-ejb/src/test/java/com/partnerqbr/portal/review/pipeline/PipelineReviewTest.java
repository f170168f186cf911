package com.partnerqbr.portal.review.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.review.pipeline.PipelineReview.OpenDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PipelineReviewTest {

    private static final LocalDate ON = LocalDate.parse("2026-11-30");

    @Test
    void openDealsLargestFirstWithTheirDaysInStageThirtyAndMoreStuck() {
        List<OpenDeal> deals = List.of(
                new OpenDeal(1, "Ada", new BigDecimal("40000"), DealStage.PROPOSE, ON.minusDays(30), null),
                new OpenDeal(2, "Bo", new BigDecimal("40000"), DealStage.DEVELOP, ON.minusDays(29),
                        LocalDate.parse("2026-12-15")),
                new OpenDeal(3, "Cy", new BigDecimal("120000"), DealStage.NEGOTIATE, ON.minusDays(75),
                        LocalDate.parse("2027-01-20")));
        assertEquals("Cy 75 days stuck; Bo 29 days; Ada 30 days stuck", PipelineReview.lines(deals, ON).stream()
                .map(l -> l.deal().customer() + " " + l.daysInStage() + " days" + (l.stuck() ? " stuck" : ""))
                .collect(Collectors.joining("; ")), "a tie in amount: the sooner expected close first");
    }
}
