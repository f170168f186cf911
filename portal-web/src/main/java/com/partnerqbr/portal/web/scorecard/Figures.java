package com.partnerqbr.portal.web.scorecard;

import com.partnerqbr.portal.scorecard.FigureFormat;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.MetricUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Figures as pages show them: formatted values and trend sparklines drawn as inline SVG. */
@Named
@ApplicationScoped
public class Figures {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 28;

    public String format(Metric metric, BigDecimal value, String currency) {
        return FigureFormat.format(metric.getUnit(), value, currency);
    }

    public String money(BigDecimal value, String currency) {
        return value == null ? "n/a" : FigureFormat.money(value, currency);
    }

    public String ratio(BigDecimal value) {
        return FigureFormat.format(MetricUnit.RATIO, value, "USD");
    }

    /**
     * The points of an SVG polyline for a trend, oldest first; quarters without a value are
     * skipped. Empty when fewer than two values exist.
     */
    public String sparkline(List<BigDecimal> trend) {
        List<BigDecimal> values = trend.stream().filter(Objects::nonNull).toList();
        if (values.size() < 2) {
            return "";
        }
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal range = max.subtract(min);
        StringBuilder points = new StringBuilder();
        int step = WIDTH / Math.max(1, trend.size() - 1);
        for (int i = 0; i < trend.size(); i++) {
            BigDecimal value = trend.get(i);
            if (value == null) {
                continue;
            }
            double y = range.signum() == 0 ? HEIGHT / 2.0
                    : HEIGHT - 2 - value.subtract(min).divide(range, 6, RoundingMode.HALF_UP).doubleValue() * (HEIGHT - 4);
            points.append(i * step).append(',').append(String.format(Locale.ROOT, "%.1f", y)).append(' ');
        }
        return points.toString().strip();
    }

    /** "up", "down" or "flat": the last value against the one before it. */
    public String direction(List<BigDecimal> trend) {
        List<BigDecimal> values = trend.stream().filter(Objects::nonNull).toList();
        if (values.size() < 2) {
            return "flat";
        }
        int c = values.get(values.size() - 1).compareTo(values.get(values.size() - 2));
        return c > 0 ? "up" : c < 0 ? "down" : "flat";
    }

    /**
     * The arrow's classes: its direction, and whether that is good or bad news for this metric
     * ("up good", "up bad" for stuck deals, "down good" for days in stage, "flat").
     */
    public String arrow(Metric metric, List<BigDecimal> trend) {
        String direction = direction(trend);
        if (direction.equals("flat")) {
            return "flat";
        }
        return direction + ((direction.equals("up") == metric.isHigherBetter()) ? " good" : " bad");
    }

    /** The arrow in words for screen readers: "up on last quarter, good" or "down on last quarter, bad". */
    public String arrowText(Metric metric, List<BigDecimal> trend) {
        String arrow = arrow(metric, trend);
        return arrow.equals("flat") ? "unchanged on last quarter"
                : arrow.replace(" ", " on last quarter, ").replace("good", "better").replace("bad", "worse");
    }

    /** The trend in words for screen readers and tooltips: "2025-Q4 $38,000 · 2026-Q1 $41,000 ...". */
    public String trendText(Metric metric, List<BigDecimal> trend, List<?> quarters, String currency) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            if (i > 0) {
                text.append(" · ");
            }
            text.append(quarters.get(i)).append(' ').append(format(metric, trend.get(i), currency));
        }
        return text.toString();
    }
}
