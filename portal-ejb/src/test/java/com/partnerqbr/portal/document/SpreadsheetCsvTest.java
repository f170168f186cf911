package com.partnerqbr.portal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void cellsAFormulaWouldStartWithAreWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", SpreadsheetCsv.safe("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("'+1+2", SpreadsheetCsv.safe("+1+2"));
        assertEquals("'-2+3", SpreadsheetCsv.safe("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetCsv.safe("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetCsv.safe("\tx"));
        assertEquals("'\rx", SpreadsheetCsv.safe("\rx"));
        assertEquals("Brightpath = best", SpreadsheetCsv.safe("Brightpath = best"));
        assertEquals("", SpreadsheetCsv.safe(null));
    }

    @Test
    void theFileReadsBackWithQuotesCommasAndLineBreaksIntact() throws Exception {
        byte[] csv = SpreadsheetCsv.write(List.of("Partner", "Outcome"), List.of(
                List.of("Orbit, Inc.", "say \"yes\"\nthen ship"), List.of("=cmd|' /C calc'!A0", "-5 deals")));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(List.of("Partner", "Outcome"), records.get(0).toList());
        assertEquals(List.of("Orbit, Inc.", "say \"yes\"\nthen ship"), records.get(1).toList());
        assertEquals(List.of("'=cmd|' /C calc'!A0", "'-5 deals"), records.get(2).toList());
    }
}
