package com.partnerqbr.portal.tail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The tail cohort's figures, anonymous by construction: of each measure only the number of
 * partners with a value and the quartiles of those values are kept (no partner's name, no
 * lowest or highest value, no single partner's figure as such), and nothing is shown of a
 * cohort smaller than the vendor's minimum. A partner is told in which quarter of the cohort
 * its own value lies.
 *
 * <p>Comparing two views of one quarter (a cohort of n partners and, after one partner left it,
 * of n-1) would give away the partner who left: a quarter's figures are therefore published once
 * (see {@code CohortService}) and every later view reads the published ones.
 */
public final class CohortFigures {

    /** Of a cohort: how many partners have a value, and the quartiles of their values. */
    public record Distribution(int members, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile) {
    }

    /** Where a value lies in a distribution; every measure of the cohort is better when higher. */
    public enum Position {
        TOP_QUARTER("in the top quarter"),
        SECOND_QUARTER("above the median"),
        THIRD_QUARTER("below the median"),
        BOTTOM_QUARTER("in the bottom quarter");

        private final String words;

        Position(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private CohortFigures() {
    }

    /** The distribution of the values (nulls left out); at least one value. */
    public static Distribution of(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().filter(v -> v != null).sorted().toList();
        if (sorted.isEmpty()) {
            return new Distribution(0, null, null, null);
        }
        return new Distribution(sorted.size(), quantile(sorted, 1), quantile(sorted, 2), quantile(sorted, 3));
    }

    /** The distribution if it may be shown: at least {@code minimum} partners have a value. */
    public static Optional<Distribution> shown(Distribution distribution, int minimum) {
        return distribution.members() >= Math.max(1, minimum) ? Optional.of(distribution) : Optional.empty();
    }

    /** The quarter of the cohort a value lies in; a value on a quartile counts in the upper quarter. */
    public static Position position(BigDecimal value, Distribution distribution) {
        if (value.compareTo(distribution.upperQuartile()) >= 0) {
            return Position.TOP_QUARTER;
        }
        if (value.compareTo(distribution.median()) >= 0) {
            return Position.SECOND_QUARTER;
        }
        if (value.compareTo(distribution.lowerQuartile()) >= 0) {
            return Position.THIRD_QUARTER;
        }
        return Position.BOTTOM_QUARTER;
    }

    /**
     * The k-th quartile, interpolated between the two nearest values (the rule spreadsheets'
     * QUARTILE.INC uses), to 4 decimals.
     */
    private static BigDecimal quantile(List<BigDecimal> sorted, int quartile) {
        BigDecimal rank = BigDecimal.valueOf(sorted.size() - 1L).multiply(BigDecimal.valueOf(quartile))
                .divide(BigDecimal.valueOf(4));
        int below = rank.intValue();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(below));
        BigDecimal low = sorted.get(below);
        BigDecimal value = fraction.signum() == 0 ? low
                : low.add(sorted.get(below + 1).subtract(low).multiply(fraction));
        return value.setScale(4, RoundingMode.HALF_EVEN);
    }
}
