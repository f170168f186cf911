package com.partnerqbr.portal.program.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading import files: header, lines as an editor counts them, encoding, size. */
class ProgramDataCsvTest {

    private static final String TARGETS_HEADER = "external_id,partner_code,quarter,revenue_target,currency\n";

    @Test
    void rowsCarryTheirLineAndTheirValuesByColumn() {
        ProgramDataCsv.Read read = read(ProgramDataKind.TARGETS, TARGETS_HEADER
                + "T-1,brightpath,2026-Q3,1000,USD\n"
                + "\n"
                + "T-2,orbit-integrations,2026-Q3,2500.50,USD\n");
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(2L, 4L), read.rows().stream().map(IncomingRow::line).toList());
        assertEquals(Map.of("external_id", "T-2", "partner_code", "orbit-integrations", "quarter", "2026-Q3",
                "revenue_target", "2500.50", "currency", "USD"), read.rows().get(1).values());
    }

    @Test
    void aQuotedValueSpanningLinesMovesTheLinesOfTheRowsAfterIt() {
        ProgramDataCsv.Read read = read(ProgramDataKind.ACTIVITIES,
                "external_id,partner_code,kind,occurred_on,note\r\n"
                        + "A-1,brightpath,joint_call,2026-07-08,\"Call with the CFO,\r\nthen the CTO\r\n(\"\"good\"\")\"\r\n"
                        + "A-2,brightpath,introduction,2026-07-09,\r\n"
                        + ",,,,\r\n"
                        + "A-3,brightpath,introduction,2026-07-10,last line without a line break");
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(2L, 5L, 7L), read.rows().stream().map(IncomingRow::line).toList());
        assertEquals("Call with the CFO,\r\nthen the CTO\r\n(\"good\")", read.rows().get(0).values().get("note"));
    }

    @Test
    void theHeaderIgnoresCaseSpacesAndAByteOrderMarkAndOptionalColumnsMayBeLeftOut() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "External_ID , Partner_Code,QUARTER,revenue_target,currency\nT-1,brightpath,2026-Q3,1000,USD\n"
                .getBytes(StandardCharsets.UTF_8);
        ProgramDataCsv.Read read = ProgramDataCsv.read(ProgramDataKind.TARGETS, concat(bom, text));
        assertEquals(List.of(), read.problems());
        assertEquals("T-1", read.rows().get(0).value("external_id"));

        ProgramDataCsv.Read withoutOptional = read(ProgramDataKind.TARGETS,
                "partner_code,quarter,revenue_target,currency\nbrightpath,2026-Q3,1000,USD\n");
        assertEquals(List.of(), withoutOptional.problems());
        assertEquals(null, withoutOptional.rows().get(0).value("external_id"));
    }

    @Test
    void unknownMissingAndRepeatedColumnsAreReportedOnTheHeaderLine() {
        ProgramDataCsv.Read read = read(ProgramDataKind.TARGETS,
                "\nexternal_id,partner,quarter,quarter,target,currency,\nT-1,brightpath,2026-Q3,2026-Q3,1,USD,\n");
        assertEquals(List.of(
                "line 2, partner: unknown column: quarterly targets have external_id, partner_code, quarter,"
                        + " revenue_target, currency",
                "line 2, quarter: named twice in the header",
                "line 2, target: unknown column: quarterly targets have external_id, partner_code, quarter,"
                        + " revenue_target, currency",
                "line 2: column 7 has no name",
                "line 2, partner_code: missing column: every quarterly target needs it",
                "line 2, revenue_target: missing column: every quarterly target needs it"), problems(read));
        assertEquals(List.of(), read.rows());
    }

    @Test
    void aRowWithMoreOrFewerValuesThanTheHeaderIsReportedWithItsLine() {
        ProgramDataCsv.Read read = read(ProgramDataKind.TARGETS, TARGETS_HEADER
                + "T-1,brightpath,2026-Q3,1000,USD\n"
                + "T-2,brightpath,2026-Q4,1,000,USD\n"
                + "T-3,brightpath,2027-Q1\n");
        assertEquals(List.of("line 3: has 6 values, the header names 5 columns",
                "line 4: has 3 values, the header names 5 columns"), problems(read));
        assertEquals(List.of(), read.rows(), "no rows are handed on from a file with problems");
    }

    @Test
    void semicolonSeparatedFilesGetAMessageThatSaysSo() {
        assertEquals(List.of("line 1: the values are separated by ';': save the file as CSV with ',' between values"),
                problems(read(ProgramDataKind.TARGETS, "external_id;partner_code;quarter\nT-1;brightpath;2026-Q3\n")));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfTheFirstBadByte() {
        byte[] latin1 = (TARGETS_HEADER + "T-1,brightpath,2026-Q3,1000,USD\nT-2,caf\u00e9,2026-Q3,1000,USD\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("line 3: the file is not UTF-8 text: save it as \"CSV UTF-8\" and upload it again"),
                problems(ProgramDataCsv.read(ProgramDataKind.TARGETS, new ByteArrayInputStream(latin1))));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAsAWhole() {
        byte[] big = new byte[(int) ProgramDataCsv.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'x');
        assertEquals(List.of("line 0: the file is larger than 10 MB: split it into smaller files"),
                problems(ProgramDataCsv.read(ProgramDataKind.DEALS, new ByteArrayInputStream(big))));
        byte[] justFits = new byte[(int) ProgramDataCsv.MAX_BYTES];
        byte[] start = (TARGETS_HEADER + "T-1,brightpath,2026-Q3,1000,USD\n").getBytes(StandardCharsets.UTF_8);
        Arrays.fill(justFits, (byte) '\n');
        System.arraycopy(start, 0, justFits, 0, start.length);
        assertEquals(1, ProgramDataCsv.read(ProgramDataKind.TARGETS, new ByteArrayInputStream(justFits)).rows().size());
    }

    @Test
    void anEmptyFileAndAHeaderWithoutRowsAreRefused() {
        assertEquals(List.of("line 1: the file is empty: its first line must name the columns: external_id,"
                + " partner_code, quarter, revenue_target, currency"), problems(read(ProgramDataKind.TARGETS, "")));
        assertEquals(List.of("line 2: the file has no rows below its header line"),
                problems(read(ProgramDataKind.TARGETS, TARGETS_HEADER + "\n,,,,\n")));
    }

    @Test
    void anUnclosedQuoteIsReportedFromTheLineItOpensOn() {
        ProgramDataCsv.Read read = read(ProgramDataKind.TARGETS, TARGETS_HEADER
                + "T-1,brightpath,2026-Q3,1000,USD\n"
                + "T-2,\"brightpath,2026-Q4,1000,USD\n"
                + "T-3,brightpath,2027-Q1,1000,USD\n");
        assertEquals(List.of("line 3: the file cannot be read as CSV from this line on: is a quote (\") not closed?"),
                problems(read));
    }

    @ParameterizedTest
    @EnumSource(ProgramDataKind.class)
    void theTemplateIsAFileOfItsKindWithOneExampleRow(ProgramDataKind kind) {
        String template = ProgramDataCsv.template(kind);
        assertTrue(template.startsWith(String.join(",", kind.columnNames()) + "\r\n"), template);
        ProgramDataCsv.Read read = read(kind, template);
        assertEquals(List.of(), read.problems());
        assertEquals(1, read.rows().size());
        assertEquals(2, read.rows().get(0).line());
        kind.columns().forEach(column ->
                assertEquals(column.example(), read.rows().get(0).values().get(column.name()), column.name()));
    }

    private static ProgramDataCsv.Read read(ProgramDataKind kind, String text) {
        return ProgramDataCsv.read(kind, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static InputStream concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return new ByteArrayInputStream(all);
    }

    private static List<String> problems(ProgramDataCsv.Read read) {
        return read.problems().stream().map(ImportProblem::toString).toList();
    }
}
