package com.partnerqbr.portal.program.tier;

import com.partnerqbr.portal.scorecard.FigureFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tier rules, pure: which tier a partner's figures make it eligible for, and its progress
 * on each criterion of the next tier, in words.
 *
 * <ul>
 * <li>A criterion is met when the partner's value is at least the threshold; a missing value
 * counts 0.</li>
 * <li><b>Eligibility</b> climbs the ladder from the entry tier and stops at the first tier
 * with an unmet criterion: the partner is eligible for the last tier reached. A tier without
 * criteria is always reached; a ladder whose entry tier is not met gives no eligible tier.</li>
 * <li><b>Progress</b> per criterion: the value as a whole percentage of the threshold,
 * rounded down and capped at 100 (a zero threshold is 100%), and what is still missing:
 * "2 more won deals", "$38,000 revenue", "1 more certified person", "enablement completion
 * up to 80%"; joined into one sentence with the deadline.</li>
 * </ul>
 */
public final class TierRules {

    private TierRules() {
    }

    /** A tier of the ladder with its criteria (at most one threshold per measure). */
    public record Rung(long tierId, String name, int rank, String benefits, Map<CriterionMeasure, BigDecimal> criteria) {
    }

    /** One criterion's progress. */
    public record CriterionProgress(CriterionMeasure measure, BigDecimal value, BigDecimal threshold, int percent,
                                    boolean met, String valueText, String thresholdText, String missing) {

        public String label() {
            return measure.getLabel();
        }
    }

    /** The progress towards a tier: each criterion and the sentence of what is still needed. */
    public record Progress(Rung tier, List<CriterionProgress> criteria, boolean met, String summary) {
    }

    /** The highest tier reached climbing from the entry tier; empty when even the entry tier is not met. */
    public static Optional<Rung> eligible(List<Rung> ladder, Map<CriterionMeasure, BigDecimal> values) {
        Rung reached = null;
        for (Rung rung : byRank(ladder)) {
            if (!meets(rung, values)) {
                break;
            }
            reached = rung;
        }
        return Optional.ofNullable(reached);
    }

    /** The tier one rank above the given rank on the ladder (the entry tier for rank 0); empty at the top. */
    public static Optional<Rung> next(List<Rung> ladder, int rank) {
        return byRank(ladder).stream().filter(r -> r.rank() > rank).findFirst();
    }

    public static boolean meets(Rung rung, Map<CriterionMeasure, BigDecimal> values) {
        return rung.criteria().entrySet().stream()
                .allMatch(c -> value(values, c.getKey()).compareTo(c.getValue()) >= 0);
    }

    /**
     * The progress towards a tier by a deadline: "2 more won deals and $38,000 revenue by
     * 2026-12-31", or "Every criterion for Platinum is met." when nothing is missing.
     */
    public static Progress progress(Rung tier, Map<CriterionMeasure, BigDecimal> values, LocalDate deadline,
                                    String currency) {
        List<CriterionProgress> criteria = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CriterionMeasure measure : CriterionMeasure.values()) {
            BigDecimal threshold = tier.criteria().get(measure);
            if (threshold == null) {
                continue;
            }
            BigDecimal value = value(values, measure);
            boolean met = value.compareTo(threshold) >= 0;
            String gap = met ? null : missing(measure, value, threshold, currency);
            if (gap != null) {
                missing.add(gap);
            }
            criteria.add(new CriterionProgress(measure, value, threshold, percent(value, threshold), met,
                    FigureFormat.format(measure.getUnit(), value, currency),
                    FigureFormat.format(measure.getUnit(), threshold, currency), gap));
        }
        String summary = missing.isEmpty() ? "Every criterion for " + tier.name() + " is met."
                : join(missing) + " by " + deadline;
        return new Progress(tier, List.copyOf(criteria), missing.isEmpty(), summary);
    }

    static int percent(BigDecimal value, BigDecimal threshold) {
        if (threshold.signum() <= 0) {
            return 100;
        }
        if (value.signum() <= 0) {
            return 0;
        }
        int percent = value.multiply(BigDecimal.valueOf(100)).divide(threshold, 0, RoundingMode.DOWN).intValue();
        return Math.min(100, percent);
    }

    private static String missing(CriterionMeasure measure, BigDecimal value, BigDecimal threshold, String currency) {
        BigDecimal gap = threshold.subtract(value);
        return switch (measure) {
            case TRAILING_REVENUE -> FigureFormat.money(gap.setScale(0, RoundingMode.CEILING), currency) + " revenue";
            case WON_DEALS -> count(gap, "won deal", "won deals");
            case CERTIFIED_PEOPLE -> count(gap, "certified person", "certified people");
            case ENABLEMENT_COMPLETION -> "enablement completion up to " + FigureFormat.percent(threshold);
        };
    }

    private static String count(BigDecimal gap, String one, String many) {
        long n = gap.setScale(0, RoundingMode.CEILING).longValueExact();
        return n + " more " + (n == 1 ? one : many);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static BigDecimal value(Map<CriterionMeasure, BigDecimal> values, CriterionMeasure measure) {
        BigDecimal v = values.get(measure);
        return v == null ? BigDecimal.ZERO : v;
    }

    private static List<Rung> byRank(List<Rung> ladder) {
        return ladder.stream().sorted(Comparator.comparingInt(Rung::rank)).toList();
    }
}
