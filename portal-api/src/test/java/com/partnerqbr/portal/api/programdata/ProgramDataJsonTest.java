package com.partnerqbr.portal.api.programdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.partnerqbr.portal.api.problem.InvalidParameter;
import com.partnerqbr.portal.program.intake.IncomingRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import body's reader: what it takes, what it refuses and with which words. */
class ProgramDataJsonTest {

    @Test
    void recordsBecomeRowsOfTextWithNumbersWrittenOut() throws Exception {
        ProgramDataJson.Records records = read("[{\"external_id\": \"D-1\", \"amount\": 1.5e3, \"won\": true,"
                + " \"note\": null}, {\"amount\": 42000.50}]");
        assertEquals(List.of(), problems(records));
        IncomingRow first = records.rows().get(0);
        assertEquals(1, first.line());
        assertEquals("D-1", first.value("external_id"));
        assertEquals("1500", first.value("amount"));
        assertEquals("true", first.value("won"));
        assertNull(first.value("note"));
        assertEquals("42000.50", records.rows().get(1).value("amount"));
    }

    @Test
    void aNumberOfABillionDigitsIsRefusedAtOnceNamingItsField() {
        ProgramDataJson.Records records = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> read("[{\"amount\": 1e999999999}, {\"amount\": 1e-999999999}, {\"amount\": 1" + "0".repeat(41)
                        + "}]"));
        assertEquals(List.of(
                "body[1] amount: 1e999999999 is out of range: numbers have at most 40 digits before and 40 after"
                        + " the decimal point",
                "body[2] amount: 1e-999999999 is out of range: numbers have at most 40 digits before and 40 after"
                        + " the decimal point",
                "body[3] amount: 1" + "0".repeat(39) + "... is out of range: numbers have at most 40 digits before"
                        + " and 40 after the decimal point"), problems(records));
        assertEquals("1" + "0".repeat(39), ProgramDataJson.number("1e39"));
        assertNull(ProgramDataJson.number("1e40"));
    }

    @Test
    void whatIsNotAFlatRecordIsRefusedPerRecordAndField() throws Exception {
        ProgramDataJson.Records records = read("[{\"a\": [1], \"b\": {\"c\": 2}}, 7, {\"x\": 1, \"X\": 2},"
                + " {\"" + "n".repeat(100) + "\": 1}]");
        assertEquals(List.of(
                "body[1] a: must be a text, a number, true, false or null",
                "body[1] b: must be a text, a number, true, false or null",
                "body[2] : must be an object of field: value",
                "body[3] X: appears twice in the record",
                "body[4] " + "n".repeat(64) + "...: is not a field: field names have at most 64 characters"),
                problems(records));
        assertEquals(4, records.rows().size());
    }

    @Test
    void aBodyThatIsNotOneArrayOfRecordsIsRefusedAsAWhole() {
        assertUnreadable("the body is empty: send a JSON array of deals, one object each", "");
        assertUnreadable("the body is empty: send a JSON array of deals, one object each", "  \n ");
        assertUnreadable("the body must be a JSON array of deals, one object each", "{\"not\": \"an array\"}");
        assertUnreadable("the body is not valid JSON: it ends before its array does", "[{\"external_id\":");
        assertUnreadable("the body is not valid JSON: it ends before its array does", "[{\"external_id\": \"D-1\"}");
        assertUnreadable("the body is not valid JSON: unexpected character at line 2, column 7", "[\n{\"a\": x}]");
        assertUnreadable("the body goes on after its array ends: send one JSON array and nothing after it",
                "[{\"external_id\": \"D-1\"}] [{\"external_id\": \"D-2\"}]");
        assertUnreadable("the body goes on after its array ends: send one JSON array and nothing after it",
                "[] garbage");
        assertUnreadable("the body nests values deeper than 32 levels; a record's values are text, numbers, true,"
                + " false or null", "[" + "[".repeat(100_000) + "]".repeat(100_000) + "]");
        assertUnreadable("the body nests values deeper than 32 levels; a record's values are text, numbers, true,"
                + " false or null", "[{\"a\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}]");
        assertUnreadable("more than 4 records in one request; send at most 4 per request", "[{}, {}, {}, {}, {}]");
        ProgramDataJson.Unreadable latin1 = assertThrows(ProgramDataJson.Unreadable.class,
                () -> read("[{\"customer\": \"Café\"}]".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("the body is not UTF-8 text", latin1.getMessage());
    }

    private static void assertUnreadable(String reason, String body) {
        ProgramDataJson.Unreadable refused = assertThrows(ProgramDataJson.Unreadable.class, () -> read(body), body);
        assertEquals(reason, refused.getMessage());
    }

    private static ProgramDataJson.Records read(String body) throws ProgramDataJson.Unreadable {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static ProgramDataJson.Records read(byte[] body) throws ProgramDataJson.Unreadable {
        return ProgramDataJson.read(new ByteArrayInputStream(body), "deals", 4);
    }

    private static List<String> problems(ProgramDataJson.Records records) {
        return records.problems().stream().map(ProgramDataJsonTest::text).toList();
    }

    private static String text(InvalidParameter problem) {
        return problem.getIn() + " " + problem.getName() + ": " + problem.getReason();
    }
}
