package com.partnerqbr.portal.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A computed figure before it is stored: the metric, the definition version it was computed
 * under, its value (null when it cannot be computed, e.g. growth without a previous quarter),
 * its target where there is one, and a short breakdown in words.
 */
public record FigureValue(Metric metric, int definitionVersion, BigDecimal value, BigDecimal target, String detail) {

    public FigureValue {
        Objects.requireNonNull(metric, "metric");
        if (definitionVersion < 1) {
            throw new IllegalArgumentException("definition versions start at 1");
        }
    }
}
