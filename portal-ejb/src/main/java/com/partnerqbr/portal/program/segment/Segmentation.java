package com.partnerqbr.portal.program.segment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The segmentation rule, pure: ranks a vendor's partners by trailing attributed revenue and
 * gives each a segment.
 *
 * <ul>
 * <li><b>Trailing revenue</b> of a partner for a quarter: the sum of its scorecards'
 * attributed-revenue figures over the {@value #TRAILING_QUARTERS} quarters ending with that
 * quarter (a quarter without a scorecard counts 0).</li>
 * <li><b>Rank</b>: 1 + the number of partners with strictly more trailing revenue, so
 * partners with equal revenue share a rank ("1, 2, 2, 4").</li>
 * <li><b>Cuts</b>: with n partners, the strategic cut is ceil(n x strategic% / 100) and the
 * growth cut ceil(n x (strategic% + growth%) / 100). A partner whose rank is within the
 * strategic cut is <b>strategic</b>, else within the growth cut <b>growth</b>, else
 * <b>tail</b>. Rounding up means a small program still has a strategic partner (7 partners
 * at 10%: 1 strategic, at 20% growth: 2 growth); ranks shared at a boundary mean tied
 * partners share the higher segment, so a segment may hold more partners than its share.</li>
 * <li><b>No revenue, no attention by rank</b>: a partner with zero (or negative) trailing
 * revenue is never strategic or growth, whatever its rank.</li>
 * <li><b>Long-tail</b>: a tail partner whose trailing revenue is under the long-tail threshold
 * times {@value #TRAILING_QUARTERS} (under the threshold a quarter on average); exactly at
 * the threshold is tail.</li>
 * </ul>
 */
public final class Segmentation {

    /** Quarters of trailing revenue, the quarter itself included. */
    public static final int TRAILING_QUARTERS = 4;

    private Segmentation() {
    }

    /** The vendor's segment settings: whole percentages and a quarterly amount in the program currency. */
    public record Rules(int strategicPercent, int growthPercent, BigDecimal longTailThreshold) {

        public static final Rules DEFAULT = new Rules(10, 20, new BigDecimal("5000"));

        public Rules {
            Objects.requireNonNull(longTailThreshold, "longTailThreshold");
            if (strategicPercent < 0 || growthPercent < 0 || strategicPercent + growthPercent > 100) {
                throw new IllegalArgumentException("the strategic and growth shares must be 0 to 100 percent together");
            }
            if (longTailThreshold.signum() < 0) {
                throw new IllegalArgumentException("the long-tail threshold cannot be negative");
            }
        }
    }

    /** A partner's trailing revenue, the input. */
    public record Revenue(long partnerId, BigDecimal trailingRevenue) {
    }

    /** A partner's rank and computed segment, the output. */
    public record Placement(long partnerId, BigDecimal trailingRevenue, int rank, Segment segment) {
    }

    /** Places every partner; the result is ordered by rank, then partner id. */
    public static List<Placement> place(List<Revenue> partners, Rules rules) {
        List<Revenue> ranked = new ArrayList<>(partners);
        ranked.sort(Comparator.comparing(Revenue::trailingRevenue).reversed().thenComparingLong(Revenue::partnerId));
        int n = ranked.size();
        int strategicCut = ceilShare(n, rules.strategicPercent());
        int growthCut = ceilShare(n, rules.strategicPercent() + rules.growthPercent());
        BigDecimal longTailBelow = rules.longTailThreshold().multiply(BigDecimal.valueOf(TRAILING_QUARTERS));
        List<Placement> placements = new ArrayList<>(n);
        int rank = 0;
        for (int i = 0; i < n; i++) {
            Revenue r = ranked.get(i);
            if (i == 0 || r.trailingRevenue().compareTo(ranked.get(i - 1).trailingRevenue()) != 0) {
                rank = i + 1;
            }
            Segment segment;
            if (r.trailingRevenue().signum() > 0 && rank <= strategicCut) {
                segment = Segment.STRATEGIC;
            } else if (r.trailingRevenue().signum() > 0 && rank <= growthCut) {
                segment = Segment.GROWTH;
            } else if (r.trailingRevenue().compareTo(longTailBelow) < 0) {
                segment = Segment.LONG_TAIL;
            } else {
                segment = Segment.TAIL;
            }
            placements.add(new Placement(r.partnerId(), r.trailingRevenue(), rank, segment));
        }
        return placements;
    }

    /** ceil(n x percent / 100) in whole numbers. */
    static int ceilShare(int n, int percent) {
        return (int) ((n * (long) percent + 99) / 100);
    }
}
