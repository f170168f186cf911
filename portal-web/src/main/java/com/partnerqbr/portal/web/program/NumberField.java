package com.partnerqbr.portal.web.program;

import com.partnerqbr.portal.kernel.RefusedException;
import java.math.BigDecimal;

/**
 * A number typed into a form field, read as the person typed it: a value outside the field's
 * range, or not a number at all, is refused with a sentence naming the field, never clamped.
 * The text is checked by its shape before it is converted, so no input can make a huge number.
 */
public final class NumberField {

    private NumberField() {
    }

    /** A whole number from {@code min} to {@code max}, e.g. "Strategic share (%)", "15". */
    public static int whole(String field, String text, int min, int max) {
        String typed = text == null ? "" : text.strip().replace(",", "");
        if (typed.isEmpty()) {
            throw new RefusedException(field + ": enter a whole number from " + min + " to " + max + ".");
        }
        if (!typed.matches("-?[0-9]{1,9}")) {
            throw new RefusedException(field + ": \"" + shortened(text) + "\" is not a whole number; enter one from "
                    + min + " to " + max + ".");
        }
        int value = Integer.parseInt(typed);
        if (value < min || value > max) {
            throw new RefusedException(field + ": " + value + " is outside " + min + " to " + max + ".");
        }
        return value;
    }

    /** An amount from 0 to below {@code limit} with at most two decimals, e.g. "5,000.50". */
    public static BigDecimal amount(String field, String text, BigDecimal limit) {
        String typed = text == null ? "" : text.strip().replace(",", "");
        if (typed.isEmpty()) {
            throw new RefusedException(field + ": enter an amount (0 or more).");
        }
        if (!typed.matches("-?[0-9]{1,15}(\\.[0-9]{1,2})?")) {
            throw new RefusedException(field + ": \"" + shortened(text) + "\" is not an amount; write it like 5000 or"
                    + " 5000.50.");
        }
        BigDecimal value = new BigDecimal(typed);
        if (value.signum() < 0 || value.compareTo(limit) >= 0) {
            throw new RefusedException(field + ": " + value.toPlainString() + " is outside 0 to below "
                    + String.format(java.util.Locale.ENGLISH, "%,d", limit.longValueExact()) + ".");
        }
        return value;
    }

    private static String shortened(String text) {
        String t = text.strip();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }
}
