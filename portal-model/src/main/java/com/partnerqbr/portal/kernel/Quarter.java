package com.partnerqbr.portal.kernel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period everything is measured in, written {@code 2026-Q3}. Calendar quarters:
 * Q1 is January to March.
 */
public record Quarter(int year, int number) implements Comparable<Quarter>, Serializable {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is out of range");
        }
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1 to 4, not " + number);
        }
    }

    /** Parses {@code 2026-Q3}; anything else is refused with a message that says what is expected. */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter: write it like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter plus(int quarters) {
        Quarter q = this;
        for (int i = 0; i < quarters; i++) {
            q = q.next();
        }
        return q;
    }

    public Quarter minus(int quarters) {
        Quarter q = this;
        for (int i = 0; i < quarters; i++) {
            q = q.previous();
        }
        return q;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
