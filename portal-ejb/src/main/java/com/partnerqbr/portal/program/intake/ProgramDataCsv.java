package com.partnerqbr.portal.program.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file: UTF-8 text (a byte order mark is allowed), comma-separated as in
 * RFC 4180 (values with commas, quotes or line breaks in double quotes), a first line
 * naming the columns, one record per line after it. Column names are matched ignoring
 * case and surrounding spaces; optional columns may be left out; unknown ones are refused.
 *
 * <p>Every problem comes with the line it starts on, as a text editor counts lines
 * (quoted values may span lines). Empty lines are skipped.
 */
public final class ProgramDataCsv {

    /** The largest file read, in MB (roughly 50,000 deals); the one place the limit is stated. */
    public static final int MAX_MEGABYTES = 10;

    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024;

    /** Why a larger file is refused. */
    public static final String TOO_LARGE = "the file is larger than " + MAX_MEGABYTES
            + " MB: split it into smaller files";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** The rows of a file, or why it cannot be imported as it is. */
    public record Read(List<IncomingRow> rows, List<ImportProblem> problems) {

        public boolean readable() {
            return problems.isEmpty();
        }
    }

    private ProgramDataCsv() {
    }

    /** Reads a whole file of one kind; the stream is read up to {@link #MAX_BYTES} and not closed. */
    public static Read read(ProgramDataKind kind, InputStream in) {
        List<ImportProblem> problems = new ArrayList<>();
        List<IncomingRow> rows = new ArrayList<>();
        String text;
        try {
            text = utf8Text(in);
        } catch (IOException e) {
            return new Read(List.of(), List.of(ImportProblem.ofFile("the file could not be read: " + e.getMessage())));
        } catch (Unreadable e) {
            return new Read(List.of(), List.of(e.problem));
        }
        LineCounter lines = new LineCounter();
        try (Reader reader = new StringReader(text)) {
            CSVParser parser = FORMAT.parse(reader);
            lines.parser = parser;
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = null;
            while (true) {
                long line = lines.next();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = header(kind, record, line, problems);
                    if (!problems.isEmpty()) {
                        return new Read(List.of(), problems);
                    }
                } else if (record.size() != header.size()) {
                    problems.add(new ImportProblem(line, null, "has " + count(record.size(), "value", "values")
                            + ", the header names " + count(header.size(), "column", "columns")));
                } else {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), record.get(i));
                    }
                    rows.add(new IncomingRow(line, values));
                }
            }
            if (header == null) {
                problems.add(new ImportProblem(1, null, "the file is empty: its first line must name the columns: "
                        + kind.columnList()));
            } else if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportProblem(2, null, "the file has no rows below its header line"));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new ImportProblem(lines.current(), null,
                    "the file cannot be read as CSV from this line on: is a quote (\") not closed?"));
        }
        return new Read(problems.isEmpty() ? rows : List.of(), problems);
    }

    /** A file with the header of this kind and one example row: what the import page offers to download. */
    public static String template(ProgramDataKind kind) {
        StringBuilder text = new StringBuilder();
        text.append(FORMAT.format(kind.columnNames().toArray())).append("\r\n");
        text.append(FORMAT.format(kind.columns().stream().map(Column::example).toArray())).append("\r\n");
        return text.toString();
    }

    /** Checks the header line; answers the column names in file order. */
    private static List<String> header(ProgramDataKind kind, CSVRecord record, long line, List<ImportProblem> problems) {
        if (record.size() == 1 && record.get(0).contains(";")) {
            problems.add(new ImportProblem(line, null,
                    "the values are separated by ';': save the file as CSV with ',' between values"));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            names.add(name);
            if (name.isEmpty()) {
                problems.add(new ImportProblem(line, null, "column " + (i + 1) + " has no name"));
                continue;
            }
            Optional<Column> column = kind.column(name);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(line, name, "unknown column: " + kind.plural() + " have "
                        + kind.columnList()));
            } else if (!seen.add(name)) {
                problems.add(new ImportProblem(line, name, "named twice in the header"));
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                problems.add(new ImportProblem(line, column.name(), "missing column: every " + kind.singular()
                        + " needs it"));
            }
        }
        return names;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The whole file as text: at most {@link #MAX_BYTES} bytes of UTF-8, without a byte
     * order mark. Decoded at once so that a byte that is not UTF-8 is found on its exact line.
     */
    private static String utf8Text(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(ImportProblem.ofFile(TOO_LARGE));
        }
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(input, output, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < input.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new Unreadable(new ImportProblem(line, null,
                    "the file is not UTF-8 text: save it as \"CSV UTF-8\" and upload it again"));
        }
        output.flip();
        if (output.hasRemaining() && output.charAt(0) == '\uFEFF') {
            output.position(1);
        }
        return output.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * The line the next record starts on: one past the line breaks the parser has consumed.
     * Read before the iterator fetches the record.
     */
    private static final class LineCounter {
        private CSVParser parser;
        private long current = 1;

        long next() {
            current = parser.getCurrentLineNumber() + 1;
            return current;
        }

        long current() {
            return current;
        }
    }

    /** The file cannot be read at all; the problem says why. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem problem;

        Unreadable(ImportProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
