package com.partnerqbr.portal.program.intake;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One record as it arrives, before any check: column name to text.
 *
 * @param line   where it came from, for the problem list: the line of a CSV file (the
 *               header is line 1), or the 1-based position in an API request's list
 * @param values column name ({@link Column#name()}, in any letter case) to the text sent;
 *               a missing column, a null and a blank text all mean "no value"
 */
public record IncomingRow(long line, Map<String, String> values) implements Serializable {

    public IncomingRow {
        Map<String, String> byColumn = new LinkedHashMap<>();
        values.forEach((column, text) -> byColumn.put(column.strip().toLowerCase(Locale.ROOT), text));
        values = Collections.unmodifiableMap(byColumn);
    }

    /** The value of a column, stripped of surrounding spaces; null when missing or blank. */
    public String value(String column) {
        String text = values.get(column);
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
