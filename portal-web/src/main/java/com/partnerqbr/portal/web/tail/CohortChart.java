package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.tail.CohortService.MeasureView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A measure of the tail cohort drawn as a box: the middle half of the values (lower to upper
 * quartile) with the median as a line, and the partner's own value as a dot, on an axis from
 * zero to a quarter beyond the upper quartile (or the own value, when higher).
 */
@Named
@ApplicationScoped
public class CohortChart {

    public static final int WIDTH = 240;

    /** The x coordinate of a value of the measure, 0 to {@link #WIDTH}. */
    public String x(MeasureView measure, BigDecimal value) {
        double top = measure.shown().upperQuartile().doubleValue() * 1.25;
        if (measure.own() != null) {
            top = Math.max(top, measure.own().doubleValue() * 1.05);
        }
        double at = top <= 0 ? 0 : Math.max(0, value.doubleValue()) / top * WIDTH;
        return String.format(Locale.ROOT, "%.1f", Math.min(WIDTH, at));
    }

    /** The width of the box, upper quartile less lower quartile. */
    public String boxWidth(MeasureView measure) {
        double width = Double.parseDouble(x(measure, measure.shown().upperQuartile()))
                - Double.parseDouble(x(measure, measure.shown().lowerQuartile()));
        return String.format(Locale.ROOT, "%.1f", Math.max(1, width));
    }

    /** The chart in words, for those who do not see it. */
    public String text(MeasureView measure) {
        return measure.metric().getLabel() + ": the middle half of the tail between " + measure.lowerQuartileText()
                + " and " + measure.upperQuartileText() + ", median " + measure.medianText()
                + (measure.own() == null ? "" : "; yours " + measure.ownText());
    }
}
