package com.partnerqbr.portal.review.winloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.review.winloss.WinLossProposals.ClosedDeal;
import com.partnerqbr.portal.review.winloss.WinLossProposals.Proposal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WinLossProposalsTest {

    private static ClosedDeal deal(long id, String customer, int amount, DealStage stage, String closed, LossReason why) {
        return new ClosedDeal(id, customer, new BigDecimal(amount), stage, LocalDate.parse(closed), why);
    }

    @Test
    void theThreeBiggestWinsAndLossesOfTheQuarter() {
        List<ClosedDeal> deals = List.of(
                deal(1, "Ada", 50_000, DealStage.WON, "2026-07-01", null),
                deal(2, "Bo", 90_000, DealStage.WON, "2026-09-30", null),
                deal(3, "Cy", 50_000, DealStage.WON, "2026-08-15", null),
                deal(4, "Di", 10_000, DealStage.WON, "2026-08-15", null),
                deal(5, "Ed", 500_000, DealStage.WON, "2026-10-01", null),
                deal(6, "Fi", 70_000, DealStage.LOST, "2026-09-01", LossReason.COMPETITIVE),
                deal(7, "Gu", 20_000, DealStage.LOST, "2026-07-20", LossReason.PRODUCT_GAP),
                deal(8, "Hu", 99_000, DealStage.LOST, "2026-06-30", LossReason.EXECUTION));
        Proposal proposal = WinLossProposals.propose(deals, Quarter.parse("2026-Q3"));
        assertEquals("Bo 90000, Ada 50000, Cy 50000", proposal.wins().stream()
                .map(d -> d.customer() + " " + d.amount()).collect(Collectors.joining(", ")),
                "biggest first, a tie by name, another quarter's deals left out");
        assertEquals("Fi 70000 COMPETITIVE, Gu 20000 PRODUCT_GAP", proposal.losses().stream()
                .map(d -> d.customer() + " " + d.amount() + " " + d.lossReason()).collect(Collectors.joining(", ")));
    }
}
