package com.partnerqbr.portal.plan.grading;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Follow-through: the share of a side's commitments done on time (done on or before the due
 * date; a dropped one is not kept) over the last four QBRs' plans, with the share at each of them
 * as its trend. A side whose share fell at two QBRs running is a talking point.
 */
public final class FollowThrough {

    public static final int QBRS = 4;

    private FollowThrough() {
    }

    /** One commitment of a plan: the quarter the plan was for, its side and how it ended. */
    public record Entry(Quarter quarter, Side side, CommitmentStatus status, LocalDate due, LocalDate doneOn) {

        boolean keptOnTime() {
            return status == CommitmentStatus.DONE && doneOn != null && !doneOn.isAfter(due);
        }
    }

    /** Kept of total at one QBR's plan. */
    public record Share(Quarter quarter, int kept, int total) {

        public double ratio() {
            return total == 0 ? 0 : (double) kept / total;
        }
    }

    /**
     * One side's follow-through.
     *
     * @param kept   commitments done on time over the last four plans
     * @param total  commitments over the last four plans
     * @param trend  the share at each of those plans, oldest first
     */
    public record Figures(Side side, int kept, int total, List<Share> trend, Optional<String> talkingPoint) {

        /** "3 of 5 (60%)". */
        public String summary() {
            return total == 0 ? "no commitments yet"
                    : kept + " of " + total + " (" + Math.round(100.0 * kept / total) + "%)";
        }
    }

    /** A side's figures from its commitments of any number of plans; the last four plans count. */
    public static Figures of(Side side, String partnerName, List<Entry> entries) {
        Map<Quarter, int[]> byQuarter = new TreeMap<>(Comparator.naturalOrder());
        for (Entry e : entries) {
            if (e.side() == side) {
                int[] counts = byQuarter.computeIfAbsent(e.quarter(), q -> new int[2]);
                counts[0] += e.keptOnTime() ? 1 : 0;
                counts[1]++;
            }
        }
        List<Share> all = new ArrayList<>();
        byQuarter.forEach((q, c) -> all.add(new Share(q, c[0], c[1])));
        List<Share> trend = List.copyOf(all.subList(Math.max(0, all.size() - QBRS), all.size()));
        int kept = trend.stream().mapToInt(Share::kept).sum();
        int total = trend.stream().mapToInt(Share::total).sum();
        return new Figures(side, kept, total, trend, talkingPoint(side, partnerName, trend));
    }

    private static Optional<String> talkingPoint(Side side, String partnerName, List<Share> trend) {
        if (trend.size() < 3) {
            return Optional.empty();
        }
        Share a = trend.get(trend.size() - 3);
        Share b = trend.get(trend.size() - 2);
        Share c = trend.get(trend.size() - 1);
        if (b.ratio() < a.ratio() && c.ratio() < b.ratio()) {
            String who = side == Side.VENDOR ? "The vendor's" : partnerName + "'s";
            return Optional.of(who + " follow-through fell two QBRs running: " + a.kept() + " of " + a.total()
                    + " in " + a.quarter() + ", " + b.kept() + " of " + b.total() + " in " + b.quarter() + ", "
                    + c.kept() + " of " + c.total() + " in " + c.quarter() + ".");
        }
        return Optional.empty();
    }
}
