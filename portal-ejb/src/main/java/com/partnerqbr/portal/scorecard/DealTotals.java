package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.deal.DealStage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One partner's row of a pass over the deals (see {@link ProgramFacts}): each {@link Aggregate}
 * by name, and the stuck deals counted at each stuck-deal age in use. The pass selects the
 * aggregates in their declared order, so a new one is a new constant, never a shifted index.
 *
 * @param partnerId  the partner
 * @param values     the aggregates, by {@link Aggregate#ordinal()}
 * @param stuckByAge stuck deals at each age of the pass, in the order of its ages
 */
public record DealTotals(long partnerId, BigDecimal[] values, long[] stuckByAge) {

    /** The deals won, open in their stage... in the quarter (and the previous one); sums but {@link #LARGEST_WON}, a maximum. */
    public enum Aggregate {
        WON_SOURCED_AMOUNT, WON_SOURCED, WON_INFLUENCED_AMOUNT, WON_INFLUENCED, LARGEST_WON, LOST,
        PREVIOUS_WON_SOURCED_AMOUNT, PREVIOUS_WON_INFLUENCED_AMOUNT, PREVIOUS_WON, PREVIOUS_LOST,
        OPEN_AMOUNT, OPEN, IN_QUALIFY, IN_DEVELOP, IN_PROPOSE, IN_NEGOTIATE, IN_STAGE_SINCE_DAYS, REGISTERED,
        REGISTRATION_DAYS;

        /** The count of open deals sitting in a stage (qualify to negotiate). */
        static Aggregate inStage(DealStage stage) {
            return valueOf("IN_" + stage.name());
        }
    }

    /** A row as the pass's query returns it: the partner id, the aggregates in order, then the stuck-deal counts. */
    static DealTotals of(Object[] row) {
        int n = Aggregate.values().length;
        BigDecimal[] values = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            values[i] = number(row[1 + i]);
        }
        long[] stuck = new long[row.length - 1 - n];
        for (int i = 0; i < stuck.length; i++) {
            stuck[i] = number(row[1 + n + i]).longValue();
        }
        return new DealTotals((Long) row[0], values, stuck);
    }

    public BigDecimal money(Aggregate aggregate) {
        return values[aggregate.ordinal()];
    }

    public long count(Aggregate aggregate) {
        return values[aggregate.ordinal()].longValue();
    }

    /** The stuck deals counted at {@code age}, one of {@code ages} (the pass's ages, in order). */
    public long stuck(List<Integer> ages, int age) {
        return stuckByAge[ages.indexOf(age)];
    }

    /** This partner's rows of two passes as one: every aggregate a sum, but the largest won deal the larger. */
    DealTotals plus(DealTotals other) {
        BigDecimal[] sum = new BigDecimal[values.length];
        for (Aggregate a : Aggregate.values()) {
            int i = a.ordinal();
            sum[i] = a == Aggregate.LARGEST_WON ? values[i].max(other.values[i]) : values[i].add(other.values[i]);
        }
        long[] stuck = Arrays.copyOf(stuckByAge, stuckByAge.length);
        for (int i = 0; i < stuck.length; i++) {
            stuck[i] += other.stuckByAge[i];
        }
        return new DealTotals(partnerId, sum, stuck);
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
