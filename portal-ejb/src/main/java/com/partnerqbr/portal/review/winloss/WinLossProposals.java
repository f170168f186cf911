package com.partnerqbr.portal.review.winloss;

import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.kernel.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The win/loss review's proposal, pure: the quarter's {@value #HOW_MANY} biggest wins and
 * {@value #HOW_MANY} biggest losses by amount (closed in the quarter), the larger first, a tie by
 * customer name; a loss carries the reason the data gives. People edit the proposal afterwards.
 */
public final class WinLossProposals {

    public static final int HOW_MANY = 3;

    private WinLossProposals() {
    }

    /** A closed deal as the proposal reads it. */
    public record ClosedDeal(long dealId, String customer, BigDecimal amount, DealStage stage, LocalDate closedOn,
                             LossReason lossReason) {
    }

    /** The proposal: wins and losses, biggest first. */
    public record Proposal(List<ClosedDeal> wins, List<ClosedDeal> losses) {
    }

    public static Proposal propose(List<ClosedDeal> deals, Quarter quarter) {
        return new Proposal(biggest(deals, quarter, DealStage.WON), biggest(deals, quarter, DealStage.LOST));
    }

    private static List<ClosedDeal> biggest(List<ClosedDeal> deals, Quarter quarter, DealStage stage) {
        return deals.stream()
                .filter(d -> d.stage() == stage && d.closedOn() != null && Quarter.of(d.closedOn()).equals(quarter))
                .sorted(Comparator.comparing(ClosedDeal::amount).reversed().thenComparing(ClosedDeal::customer))
                .limit(HOW_MANY).toList();
    }
}
