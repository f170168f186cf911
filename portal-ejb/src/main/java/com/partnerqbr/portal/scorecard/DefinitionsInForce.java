package com.partnerqbr.portal.scorecard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * For one partner: which version of each metric definition applies, and its parameter.
 * Metrics not named are at version 1 with the metric's default parameter.
 */
public final class DefinitionsInForce {

    /** A definition version and its parameter (null for metrics without one). */
    public record InForce(int version, BigDecimal parameter) {
    }

    private final Map<Metric, InForce> byMetric;

    private DefinitionsInForce(Map<Metric, InForce> byMetric) {
        this.byMetric = byMetric;
    }

    /** Every metric at its starting definition. */
    public static DefinitionsInForce starting() {
        return new DefinitionsInForce(new EnumMap<>(Metric.class));
    }

    /** These definitions with one metric at another version. */
    public DefinitionsInForce with(Metric metric, int version, BigDecimal parameter) {
        Map<Metric, InForce> copy = new EnumMap<>(Metric.class);
        copy.putAll(byMetric);
        copy.put(metric, new InForce(version, parameter));
        return new DefinitionsInForce(copy);
    }

    public InForce of(Metric metric) {
        return byMetric.getOrDefault(metric, new InForce(1, metric.getDefaultParameter()));
    }

    public int version(Metric metric) {
        return of(metric).version();
    }

    /** The parameter in force, falling back to the metric's default when a version has none. */
    public BigDecimal parameter(Metric metric) {
        BigDecimal value = of(metric).parameter();
        return value != null ? value : metric.getDefaultParameter();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DefinitionsInForce other && byMetric.equals(other.byMetric);
    }

    @Override
    public int hashCode() {
        return byMetric.hashCode();
    }
}
