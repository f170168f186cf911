package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The partner's tier progress in real headless Chromium on the demo data: Brightpath (Gold) on
 * its way to Platinum, each criterion with its value, threshold, bar and what is still needed,
 * the next tier's benefits and its segment; and the vendor's dashboard chart drawn.
 */
class PartnerTierProgressBrowserIT {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @Test
    void paulaSeesBrightpathsProgressToPlatinum() {
        chromium.signIn("paula", "demo");
        assertEquals("/partner/home.xhtml", chromium.path());
        assertEquals("Gold", chromium.textOf("partnerTier"), "the existing ids keep working");
        assertEquals("Brightpath Solutions", chromium.textOf("partnerName"));
        assertEquals("Gold", chromium.textOf("currentTier"));
        assertEquals("Platinum", chromium.textOf("nextTier"));
        LocalDate endOfQuarter = endOfQuarter(LocalDate.now(ZoneOffset.UTC));
        String summary = chromium.textOf("progressSummary");
        assertTrue(summary.matches("\\d+ more won deals and \\$[0-9,]+ revenue by " + endOfQuarter), summary);

        List<String> criteria = chromium.texts("tr.criterion th");
        assertEquals(List.of("Won deals (4 quarters)", "Trailing revenue (4 quarters)", "Certified people"), criteria);
        assertEquals(3, chromium.texts("tr.criterion .ui-progressbar").size(), "a progress bar per criterion");
        List<String> missing = chromium.texts("tr.criterion td.missing");
        assertTrue(missing.get(0).matches("\\d+ more won deals"), missing.get(0));
        assertTrue(missing.get(1).matches("\\$[0-9,]+ revenue"), missing.get(1));
        assertEquals("met", missing.get(2));
        assertTrue(summary.startsWith(missing.get(0) + " and " + missing.get(1)), summary);
        assertEquals("30% resale discount, executive sponsor, joint account planning, early roadmap access",
                chromium.textOf("nextBenefits"));
        assertEquals("Growth", chromium.textOf("segment"));
        // the demo scheduled Brightpath's QBR of the quarter
        // in the program's zone (the demo's America/Chicago), named: paula chose none
        assertTrue(chromium.textOf("segmentMeaning").matches("Your next QBR is on \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"
                + " C[SD]T \\(America/Chicago\\):"
                + " 45-minute QBR with a templated scorecard, quarterly, with ad-hoc check-ins\\."),
                chromium.textOf("segmentMeaning"));
        assertTrue(chromium.texts("#ownQbrs li.qbr").stream().anyMatch(q -> q.endsWith("(Scheduled)")),
                chromium.texts("#ownQbrs li.qbr").toString());
        assertEquals(List.of(), chromium.consoleErrors(), "no script error or blocked resource");
        chromium.screenshot("partner-tier-progress-paula");
    }

    @Test
    void theVendorDashboardDrawsThePartnersPerSegmentAndTier() {
        chromium.signIn("alice", "demo");
        chromium.open("/vendor/program.xhtml");
        assertEquals(200, chromium.status());
        assertEquals(List.of("Program"), chromium.texts(".portal-nav a.is-current"));
        Object drawn = chromium.js("var c = document.querySelector('#segmentChart canvas');"
                + " return c != null && c.width > 0 && c.height > 0;");
        assertEquals(Boolean.TRUE, drawn, "the chart is drawn on a canvas");
        assertEquals(List.of(), chromium.consoleErrors(), "no script error or blocked resource");
        chromium.screenshot("vendor-program-alice");
    }

    private static LocalDate endOfQuarter(LocalDate day) {
        int lastMonth = ((day.getMonthValue() - 1) / 3) * 3 + 3;
        return LocalDate.of(day.getYear(), lastMonth, 1).plusMonths(1).minusDays(1);
    }
}
