package com.partnerqbr.portal.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How figures read in sentences and on pages: $38,000 · 22% · 1.8x · 12 days · 64.5. */
public final class FigureFormat {

    /**
     * Parsed formats by pattern, one set per thread (a DecimalFormat is not thread-safe): a
     * refresh formats about ten numbers for each of thousands of partners.
     */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private FigureFormat() {
    }

    public static String format(MetricUnit unit, BigDecimal value, String currency) {
        if (value == null) {
            return "n/a";
        }
        return switch (unit) {
            case MONEY -> money(value, currency);
            case PERCENT -> percent(value);
            case RATIO -> pattern("#,##0.##", value) + "x";
            case COUNT -> pattern("#,##0", value);
            case DAYS -> pattern("#,##0.#", value) + " days";
            case SCORE -> pattern("#,##0.#", value);
        };
    }

    /** $38,000 for US dollars, EUR 38,000 for other currencies; cents only when there are any. */
    public static String money(BigDecimal value, String currency) {
        String digits = pattern(value.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0", value.abs());
        String sign = value.signum() < 0 ? "-" : "";
        return "USD".equals(currency) ? sign + "$" + digits : sign + currency + " " + digits;
    }

    /** A fraction as a whole percentage: 0.375 is 38%. */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String pattern(String pattern, BigDecimal value) {
        return FORMATS.get().computeIfAbsent(pattern, p -> {
            DecimalFormat format = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.US));
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        }).format(value);
    }
}
