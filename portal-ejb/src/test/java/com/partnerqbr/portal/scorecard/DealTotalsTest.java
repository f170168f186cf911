package com.partnerqbr.portal.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.scorecard.DealTotals.Aggregate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealTotalsTest {

    /** A query row: partner 7, aggregate i holding i * factor (the sums as MariaDB returns them), two stuck counts. */
    private static Object[] row(long factor, long stuckAt30, long stuckAt45) {
        int n = Aggregate.values().length;
        Object[] row = new Object[1 + n + 2];
        row[0] = 7L;
        for (int i = 0; i < n; i++) {
            row[1 + i] = i == 0 ? null : new BigDecimal(i * factor);
        }
        row[1 + n] = stuckAt30;
        row[2 + n] = stuckAt45;
        return row;
    }

    @Test
    void eachAggregateIsReadByNameAndTheStuckDealsByAge() {
        DealTotals totals = DealTotals.of(row(10, 3, 1));
        assertEquals(7, totals.partnerId());
        assertEquals(BigDecimal.ZERO, totals.money(Aggregate.WON_SOURCED_AMOUNT), "no deal: 0, not null");
        assertEquals(10, totals.count(Aggregate.WON_SOURCED));
        assertEquals(new BigDecimal(40), totals.money(Aggregate.LARGEST_WON));
        assertEquals(Aggregate.IN_QUALIFY.ordinal() * 10L, totals.count(Aggregate.inStage(DealStage.QUALIFY)));
        assertEquals(Aggregate.IN_NEGOTIATE.ordinal() * 10L, totals.count(Aggregate.inStage(DealStage.NEGOTIATE)));
        assertEquals(Aggregate.REGISTRATION_DAYS.ordinal() * 10L, totals.count(Aggregate.REGISTRATION_DAYS));
        assertEquals(3, totals.stuck(List.of(30, 45), 30));
        assertEquals(1, totals.stuck(List.of(30, 45), 45));
    }

    @Test
    void twoPassesOfOnePartnerAddUpButKeepTheLargerLargestWonDeal() {
        DealTotals both = DealTotals.of(row(10, 3, 1)).plus(DealTotals.of(row(1, 2, 0)));
        assertEquals(11, both.count(Aggregate.WON_SOURCED));
        assertEquals(new BigDecimal(40), both.money(Aggregate.LARGEST_WON), "the larger, not 44");
        assertEquals(Aggregate.OPEN_AMOUNT.ordinal() * 11L, both.count(Aggregate.OPEN_AMOUNT));
        assertEquals(5, both.stuck(List.of(30, 45), 30));
        assertEquals(1, both.stuck(List.of(30, 45), 45));
    }
}
