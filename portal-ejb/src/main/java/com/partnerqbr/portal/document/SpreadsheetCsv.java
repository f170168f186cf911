package com.partnerqbr.portal.document;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files a person opens in a spreadsheet (Apache Commons CSV, RFC 4180 quoting, UTF-8 with a
 * byte-order mark so that spreadsheets read it as UTF-8). A cell that starts with {@code = + - @},
 * a tab or a carriage return would be taken for a formula; it is written with a leading apostrophe,
 * so it shows as the text it is.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    /** The cell as a spreadsheet shows text: "'=HYPERLINK(...)" for "=HYPERLINK(...)"; null as empty. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The file: the header row, then the rows, every cell made safe. */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header.stream().map(SpreadsheetCsv::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the CSV could not be written", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
