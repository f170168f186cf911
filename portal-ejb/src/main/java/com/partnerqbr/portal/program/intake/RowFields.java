package com.partnerqbr.portal.program.intake;

import com.partnerqbr.portal.program.PartnerFact;
import com.partnerqbr.portal.kernel.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the typed values of one row, column by column, and notes a problem for every
 * value that is missing or malformed (the getter then answers null). Reading goes on
 * after a problem, so one pass finds every problem of the row.
 */
final class RowFields {

    /** Amounts must stay below 10^13: the columns hold 13 digits before the decimal point. */
    static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(13);

    /**
     * The longest amount text read as a number (13 digits, a point, decimals with trailing
     * zeros, a sign): anything longer is refused before it is converted, so that no value,
     * however long, costs more than its length to check.
     */
    static final int AMOUNT_MAX_CHARS = 32;

    /** The plausible range of a date in program data; anything outside is a typing or export error. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    /** A problem quotes at most this many characters of the value it is about. */
    static final int QUOTED_CHARS = 40;

    private static final Pattern EXTERNAL_ID = Pattern.compile(PartnerFact.EXTERNAL_ID);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final IncomingRow row;
    private final ImportContext context;
    private final List<ImportProblem> problems;
    private final int problemsBefore;

    RowFields(IncomingRow row, ImportContext context, List<ImportProblem> problems) {
        this.row = row;
        this.context = context;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    long line() {
        return row.line();
    }

    /** True while no problem was found in this row. */
    boolean valid() {
        return problems.size() == problemsBefore;
    }

    void problem(Column column, String message) {
        problems.add(new ImportProblem(row.line(), column.name(), message));
    }

    /** True when the row has no value for the column. */
    boolean isEmpty(Column column) {
        return row.value(column.name()) == null;
    }

    /** The stripped text; null (and, if required, a problem) when empty. */
    private String present(Column column) {
        String value = row.value(column.name());
        if (value == null && column.required()) {
            problem(column, "required");
        }
        return value;
    }

    String text(Column column) {
        String value = present(column);
        if (value != null && value.length() > column.maxLength()) {
            problem(column, "longer than " + column.maxLength() + " characters");
            return null;
        }
        return value;
    }

    String externalId(Column column) {
        String value = present(column);
        if (value != null && !EXTERNAL_ID.matcher(value).matches()) {
            problem(column, quoted(value) + " is not a valid id: use up to 64 letters, digits and . _ : / -,"
                    + " starting with a letter or digit");
            return null;
        }
        return value;
    }

    /**
     * A partner code of the caller's vendor, in any letter case (codes are lower case);
     * any other code is unknown, whoever it belongs to.
     */
    String partnerCode(Column column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        String code = value.toLowerCase(Locale.ROOT);
        if (!context.partnerCodes().contains(code)) {
            problem(column, "unknown partner code " + quoted(value));
            return null;
        }
        return code;
    }

    LocalDate date(Column column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            problem(column, quoted(value) + " is not a date: write it as yyyy-MM-dd, e.g. 2026-07-31");
            return null;
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            problem(column, date + " is outside the dates the program takes, " + FIRST_DATE + " to " + LAST_DATE);
            return null;
        }
        return date;
    }

    /** An amount greater than 0 and below 10^13, with '.' as decimal point and at most 2 decimals. */
    BigDecimal amount(Column column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        if (value.length() > AMOUNT_MAX_CHARS) {
            problem(column, quoted(value) + " has too many digits: amounts are less than 10000000000000, with at most"
                    + " 2 decimals");
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problem(column, quoted(value) + " is not a number: write it with '.' as decimal point and no"
                    + " thousands separator, e.g. 12500.50");
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() <= 0) {
            problem(column, "must be greater than 0");
            return null;
        }
        if (amount.compareTo(AMOUNT_LIMIT) >= 0) {
            problem(column, "must be less than 10000000000000");
            return null;
        }
        BigDecimal normalized = amount.stripTrailingZeros();
        if (normalized.scale() > 2) {
            problem(column, quoted(value) + " has more than 2 decimals");
            return null;
        }
        return amount.setScale(2);
    }

    /** The program currency, in any letter case; anything else is refused: amounts are never converted. */
    String currency(Column column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!code.equals(context.currency())) {
            problem(column, quoted(value) + " is not the program currency " + context.currency()
                    + ": amounts are not converted, send them in " + context.currency());
            return null;
        }
        return code;
    }

    /** One of the enum's constants, in any letter case, with spaces or hyphens for underscores. */
    <E extends Enum<E>> E choice(Column column, Class<E> type) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problem(column, quoted(value) + " is not one of " + String.join(", ", column.choices()));
        return null;
    }

    Quarter quarter(Column column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        Quarter quarter;
        try {
            quarter = Quarter.parse(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(column, quoted(value) + " is not a quarter: write it like 2026-Q3");
            return null;
        }
        if (quarter.firstDay().isBefore(FIRST_DATE) || quarter.lastDay().isAfter(LAST_DATE)) {
            problem(column, quarter + " is outside the dates the program takes, " + FIRST_DATE + " to " + LAST_DATE);
            return null;
        }
        return quarter;
    }

    /** true/false or yes/no, in any letter case; empty is false. Null only after a problem. */
    Boolean yesNo(Column column) {
        String value = present(column);
        if (value == null) {
            return Boolean.FALSE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> {
                problem(column, quoted(value) + " is not true or false");
                yield null;
            }
        };
    }

    /** The value in quotes as a problem shows it: its first {@value #QUOTED_CHARS} characters and its length if longer. */
    static String quoted(String value) {
        if (value.length() <= QUOTED_CHARS) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, QUOTED_CHARS) + "...' (" + value.length() + " characters)";
    }

    /** Notes a problem on {@code later} when both dates are known and it falls before {@code earlier}. */
    void notBefore(Column later, LocalDate laterDate, Column earlier, LocalDate earlierDate) {
        if (laterDate != null && earlierDate != null && laterDate.isBefore(earlierDate)) {
            problem(later, laterDate + " is before " + earlier.name() + " " + earlierDate);
        }
    }
}
