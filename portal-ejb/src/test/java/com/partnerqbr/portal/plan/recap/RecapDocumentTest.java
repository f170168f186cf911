package com.partnerqbr.portal.plan.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.plan.recap.RecapContent.BetLine;
import com.partnerqbr.portal.plan.recap.RecapContent.CommitmentLine;
import com.partnerqbr.portal.review.preread.PreReadView.FigureLine;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RecapDocumentTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static RecapContent recap() {
        return new RecapContent("Northwind", "Brightpath <Labs> & Co", Quarter.parse("2026-Q4"),
                Instant.parse("2026-11-30T21:00:00Z"), CHICAGO, List.of("Max Manager (Vendor)", "Al Alliance (Partner)"),
                List.of(new FigureLine("Attributed revenue", "$120,000", "target $150,000", "$90,000 → $120,000")),
                List.of("Co-fund two webinars (Al Alliance, Partner)"),
                List.of(new CommitmentLine("Vendor", "Max Manager", "Route 10 qualified leads", "2027-01-31"),
                        new CommitmentLine("Partner", "Al Alliance", "Certify 3 sellers", "2027-02-15")),
                List.of(new BetLine("Grow healthcare", "Attributed revenue", "target $200,000",
                        "Two joint calls a month.", "A healthcare specialist.")),
                "lead routing: Leads arrive late", "Routing moves to the portal in January.",
                List.of("Communication: vendor 4, partner 2 (gap 2, flagged, first health check)"),
                "Not scheduled yet; due by 2027-03-31.");
    }

    @Test
    void theTextCarriesEverySectionOfTheRecord() {
        String text = RecapDocument.textBody(recap());
        assertEquals("Recap of the 2026-Q4 QBR: Brightpath <Labs> & Co and Northwind",
                RecapDocument.subject(recap()));
        assertTrue(text.contains("Held Mon 2026-11-30 15:00 CST (America/Chicago). Attended: Max Manager (Vendor),"
                + " Al Alliance (Partner)."), text);
        assertTrue(text.contains("Key figures reviewed\n- Attributed revenue: $120,000 (target $150,000)\n"), text);
        assertTrue(text.contains("Decisions\n- Co-fund two webinars (Al Alliance, Partner)\n"), text);
        assertTrue(text.contains("Commitments\n- Vendor, Max Manager: Route 10 qualified leads, due 2027-01-31\n"
                + "- Partner, Al Alliance: Certify 3 sellers, due 2027-02-15\n"), text);
        assertTrue(text.contains("- Grow healthcare: Attributed revenue, target $200,000. Vendor commits: Two joint"
                + " calls a month. Partner commits: A healthcare specialist."), text);
        assertTrue(text.contains("- Partner: lead routing: Leads arrive late\n- Vendor's response: Routing moves to"
                + " the portal in January.\n"), text);
        assertTrue(text.contains("Health-check gaps\n- Communication: vendor 4, partner 2 (gap 2, flagged"), text);
        assertTrue(text.contains("Next QBR\n- Not scheduled yet; due by 2027-03-31.\n"), text);
    }

    @Test
    void theHtmlEscapesEveryValue() {
        String html = RecapDocument.htmlBody(recap());
        assertTrue(html.contains("<h1>Recap of the 2026-Q4 QBR: Brightpath &lt;Labs&gt; &amp; Co and Northwind</h1>"),
                html);
        assertTrue(html.contains("<h2>Commitments</h2><ul><li>Vendor, Max Manager: Route 10 qualified leads, due"
                + " 2027-01-31</li>"), html);
        assertFalse(html.contains("<Labs>"), html);
    }

    @Test
    void anEmptyRecordSaysWhatIsMissing() {
        RecapContent empty = new RecapContent("Northwind", "Alpha", Quarter.parse("2026-Q4"),
                Instant.parse("2026-11-30T21:00:00Z"), CHICAGO, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, List.of(), "Scheduled for Tue 2027-02-23 15:00 CST (America/Chicago).");
        String text = RecapDocument.textBody(empty);
        for (String none : List.of("Attended: nobody recorded.", "No scorecard for the quarter.",
                "No decisions recorded.", "No commitments recorded.", "No bets recorded.", "No feedback given.",
                "No gaps: both sides rated alike.")) {
            assertTrue(text.contains(none), none + " in " + text);
        }
    }

    @Test
    void thePdfIsOnePageThatReadsBackTheSameRecord() throws IOException {
        try (PDDocument doc = Loader.loadPDF(RecapDocument.pdf(recap()))) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Recap of the 2026-Q4 QBR: Brightpath <Labs> & Co and Northwind"), text);
            assertTrue(text.contains("Attributed revenue $120,000 target $150,000 $90,000 -> $120,000"), text);
            assertTrue(text.contains("- Vendor, Max Manager: Route 10 qualified leads, due 2027-01-31"), text);
            assertTrue(text.contains("- Partner: lead routing: Leads arrive late"), text);
            assertTrue(text.contains("- Not scheduled yet; due by 2027-03-31."), text);
        }
    }

    @Test
    void theRecapIsDueTheNextDayAtTheMeetingsEndOnTheProgramsClock() {
        // ends Saturday 2026-10-31 16:00 in Chicago (CDT); the clocks go back that night: 25 hours later
        Instant end = Instant.parse("2026-10-31T21:00:00Z");
        Instant due = Deadlines.recapDue(end, CHICAGO);
        assertEquals(Instant.parse("2026-11-01T22:00:00Z"), due);
        assertEquals(Deadlines.Status.ON_TIME, Deadlines.status(due, due, due));
        assertEquals(Deadlines.Status.LATE, Deadlines.status(due, due.plusMillis(1), due.plusMillis(1)));
        assertEquals(Deadlines.Status.DUE, Deadlines.status(due, null, due));
        assertEquals(Deadlines.Status.MISSED, Deadlines.status(due, null, due.plusMillis(1)));
    }
}
