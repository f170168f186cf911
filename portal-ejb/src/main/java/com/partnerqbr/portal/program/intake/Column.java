package com.partnerqbr.portal.program.intake;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One column of an import file (or one field of an API row): its name, whether every row
 * must fill it, what it holds, and an example value for the template.
 *
 * @param name      the header text, lower case with underscores ({@code closed_on})
 * @param required  true when every row must have a value
 * @param type      what the value is; decides how it is read and checked
 * @param maxLength longest text accepted (text columns only; 0 for other types)
 * @param choices   the accepted values of a choice column, as written in a file; empty otherwise
 * @param example   a value that makes sense in the template's example row; may be empty
 * @param note      what the column means, for people reading the layout; may be empty
 */
public record Column(String name, boolean required, Type type, int maxLength, List<String> choices, String example,
                     String note) implements Serializable {

    /** What a column holds. */
    public enum Type {
        TEXT,
        EXTERNAL_ID,
        PARTNER_CODE,
        DATE,
        AMOUNT,
        CURRENCY,
        CHOICE,
        QUARTER,
        YES_NO
    }

    public Column {
        choices = List.copyOf(choices);
    }

    static Column of(String name, boolean required, Type type, String example, String note) {
        return new Column(name, required, type, 0, List.of(), example, note);
    }

    static Column text(String name, boolean required, int maxLength, String example, String note) {
        return new Column(name, required, Type.TEXT, maxLength, List.of(), example, note);
    }

    /** A column whose value is one of an enum's constants, written in lower case ({@code product_gap}). */
    static Column choice(String name, boolean required, Class<? extends Enum<?>> values, String example, String note) {
        List<String> names = Arrays.stream(values.getEnumConstants()).map(Column::written).toList();
        return new Column(name, required, Type.CHOICE, 0, names, example, note);
    }

    /** How a choice is written in a file: the constant's name in lower case. */
    static String written(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** What a value of this column must look like, in words, for the layout documentation. */
    public String format() {
        return switch (type) {
            case TEXT -> "text, up to " + maxLength + " characters";
            case EXTERNAL_ID -> "id: up to 64 letters, digits and . _ : / -";
            case PARTNER_CODE -> "the code of one of your partners";
            case DATE -> "date, yyyy-MM-dd";
            case AMOUNT -> "amount > 0, '.' as decimal point, at most 2 decimals";
            case CURRENCY -> "ISO currency code: the program currency";
            case CHOICE -> "one of " + String.join(", ", choices);
            case QUARTER -> "quarter, like 2026-Q3";
            case YES_NO -> "true or false (empty: false)";
        };
    }
}
