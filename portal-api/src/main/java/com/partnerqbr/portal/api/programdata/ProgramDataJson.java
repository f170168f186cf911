package com.partnerqbr.portal.api.programdata;

import com.partnerqbr.portal.api.problem.InvalidParameter;
import com.partnerqbr.portal.program.intake.IncomingRow;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads the body of an import request: one JSON array of flat objects and nothing after it.
 * It streams, so nothing is built before it is bounded: at most a given number of records,
 * field names of at most {@value #MAX_FIELD_NAME} characters, numbers of at most
 * {@value #MAX_DIGITS} digits before and after the decimal point (an exponent is applied
 * only within that), values nested at most {@value #MAX_DEPTH} levels before they are
 * refused (a record's values are text, numbers, true, false or null). The body's size is
 * bounded by {@link com.partnerqbr.portal.api.body.BodyLimit}.
 */
final class ProgramDataJson {

    static final int MAX_FIELD_NAME = 64;
    static final int MAX_DIGITS = 40;
    static final int MAX_DEPTH = 32;

    private static final String NOT_UTF8 = "the body is not UTF-8 text";
    private static final String ENDS_EARLY = "the body is not valid JSON: it ends before its array does";

    /**
     * The body, which closing the parser leaves open: what the parser did not read is read
     * to its end before the answer goes out ({@link com.partnerqbr.portal.api.body.BodyLimit}).
     */
    private static final class KeptOpen extends FilterInputStream {

        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the request's stream is the container's to close
        }
    }

    /** The body's text, which knows whether its end was reached (where the parser's position is unreliable). */
    private static final class EndAware extends PushbackReader {

        private boolean ended;

        EndAware(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            ended |= c < 0;
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            ended |= n < 0;
            return n;
        }
    }

    /** The records, each a row of text values, and what is wrong with single records or fields. */
    record Records(List<IncomingRow> rows, List<InvalidParameter> problems) {
    }

    /** The body as a whole cannot be read as records: a 400 with this reason. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    private final String plural;
    private final int maxRecords;
    private final List<InvalidParameter> problems = new ArrayList<>();

    private ProgramDataJson(String plural, int maxRecords) {
        this.plural = plural;
        this.maxRecords = maxRecords;
    }

    /** Reads the body; {@code plural} names the records in messages ("deals"). */
    static Records read(InputStream body, String plural, int maxRecords) throws Unreadable {
        return new ProgramDataJson(plural, maxRecords).read(body);
    }

    private Records read(InputStream body) throws Unreadable {
        boolean arrayEnded = false;
        EndAware text = nonEmpty(body);
        try (JsonParser parser = Json.createParser(text)) {
            if (parser.next() != JsonParser.Event.START_ARRAY) {
                throw new Unreadable("the body must be a JSON array of " + plural + ", one object each");
            }
            List<IncomingRow> rows = new ArrayList<>();
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                int position = rows.size() + 1;
                if (position > maxRecords) {
                    throw new Unreadable("more than " + maxRecords + " records in one request; send at most "
                            + maxRecords + " per request");
                }
                if (event == JsonParser.Event.START_OBJECT) {
                    rows.add(new IncomingRow(position, fields(parser, position)));
                } else {
                    skip(parser, event);
                    problems.add(new InvalidParameter("", at(position), "must be an object of field: value"));
                    rows.add(new IncomingRow(position, Map.of()));
                }
            }
            arrayEnded = true;
            if (parser.hasNext()) {
                throw new Unreadable(trailing());
            }
            return new Records(rows, problems);
        } catch (JsonParsingException e) {
            throw new Unreadable(arrayEnded ? trailing() : text.ended ? ENDS_EARLY
                    : "the body is not valid JSON: unexpected character at " + where(e.getLocation()));
        } catch (NoSuchElementException e) {
            throw new Unreadable(ENDS_EARLY);
        } catch (JsonException e) {
            throw new Unreadable(NOT_UTF8);
        }
    }

    /** The body as UTF-8 text, refused when it is empty or only white space. */
    private EndAware nonEmpty(InputStream body) throws Unreadable {
        EndAware text = new EndAware(new InputStreamReader(new KeptOpen(body), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            int c = text.read();
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                c = text.read();
            }
            if (c < 0) {
                throw new Unreadable("the body is empty: send a JSON array of " + plural + ", one object each");
            }
            text.unread(c);
            return text;
        } catch (IOException e) {
            throw new Unreadable(NOT_UTF8);
        }
    }

    private Map<String, String> fields(JsonParser parser, int position) throws Unreadable {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            JsonParser.Event value = parser.next();
            String text = value(parser, value, name, position);
            if (name.length() > MAX_FIELD_NAME) {
                problems.add(new InvalidParameter(name.substring(0, MAX_FIELD_NAME) + "...", at(position),
                        "is not a field: field names have at most " + MAX_FIELD_NAME + " characters"));
            } else if (!names.add(name.strip().toLowerCase(Locale.ROOT))) {
                problems.add(new InvalidParameter(name, at(position), "appears twice in the record"));
            } else {
                values.put(name, text);
            }
        }
        return values;
    }

    /** The value as text, or null (a null, or a value refused with a problem). */
    private String value(JsonParser parser, JsonParser.Event value, String name, int position) throws Unreadable {
        String text = switch (value) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER -> number(parser.getString());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> {
                skip(parser, value);
                yield null;
            }
        };
        if (value == JsonParser.Event.VALUE_NUMBER && text == null) {
            problems.add(new InvalidParameter(name, at(position), shortened(parser.getString())
                    + " is out of range: numbers have at most " + MAX_DIGITS + " digits before and "
                    + MAX_DIGITS + " after the decimal point"));
        } else if (value == JsonParser.Event.START_ARRAY || value == JsonParser.Event.START_OBJECT) {
            problems.add(new InvalidParameter(name, at(position), "must be a text, a number, true, false or null"));
        }
        return text;
    }

    /**
     * A JSON number as plain decimal text ({@code 1.5e3} is {@code 1500}), or null when it
     * has more digits before or after the point than any field takes. The digits are
     * counted from the number's precision and scale, never by writing it out: {@code 1e999999999}
     * would be a billion characters.
     */
    static String number(String json) {
        if (json.length() > 4 * MAX_DIGITS) {
            return null;
        }
        BigDecimal number = new BigDecimal(json);
        long before = (long) number.precision() - number.scale();
        if (before > MAX_DIGITS || number.scale() > MAX_DIGITS) {
            return null;
        }
        return number.toPlainString();
    }

    /** Skips a nested value whose start was just read, refusing the body if it nests too deep. */
    private static void skip(JsonParser parser, JsonParser.Event start) throws Unreadable {
        if (start != JsonParser.Event.START_ARRAY && start != JsonParser.Event.START_OBJECT) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new Unreadable("the body nests values deeper than " + MAX_DEPTH + " levels; a record's"
                            + " values are text, numbers, true, false or null");
                }
            } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                depth--;
            }
        }
    }

    private static String trailing() {
        return "the body goes on after its array ends: send one JSON array and nothing after it";
    }

    private static String where(JsonLocation location) {
        return location == null ? "some place" : "line " + location.getLineNumber() + ", column "
                + location.getColumnNumber();
    }

    private static String shortened(String text) {
        return text.length() <= MAX_DIGITS ? text : text.substring(0, MAX_DIGITS) + "...";
    }

    static String at(long position) {
        return "body[" + position + "]";
    }
}
