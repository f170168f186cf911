package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The scorecard, definition and dispute pages over HTTP through the real Keycloak login, on
 * the demo data: what each role of each side sees, and what another vendor's or another
 * partner's user gets when it asks for the same URLs.
 */
class ScorecardPagesIT {

    private static final String PASSWORD = "demo";

    @Test
    void theVendorOverviewListsEveryPartnersScorecardAndNoOtherVendors() throws Exception {
        Browser.Page page = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/scorecards.xhtml");
        assertEquals(200, page.status());
        String text = page.text();
        assertTrue(text.contains("30 scorecards"), text);
        assertTrue(text.contains("Brightpath Solutions"), text);
        assertFalse(text.contains("Summit Resellers"), "Globex's partner shown to Acme");
        assertTrue(page.html().select(".flag-chip").size() > 0, "concerns are visible in the overview");
        // a flag on almost every partner is no signal: the demo's thin pipelines stand out among healthy ones
        int rows = page.html().select("a.scorecard-link").size();
        int lowCoverage = page.html().select(".flag-chip:containsOwn(Coverage below floor)").size();
        assertTrue(lowCoverage > 0 && lowCoverage <= rows / 2, lowCoverage + " of " + rows + " flagged for coverage");
        com.partnerqbr.portal.kernel.Quarter current = com.partnerqbr.portal.kernel.ProgramCalendar.currentQuarter();
        assertEquals(current.previous() + " is the last complete quarter, the one the QBRs of " + current
                + " (the current quarter, as on the program page) review. Choose " + current + " for its figures so far.",
                page.textOf("overviewForm:quarterNote"), "why the overview opens on another quarter than the program page");
    }

    @Test
    void aVendorAdminOpensAPartnersScorecardAndMayFreezeIt() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Browser.Page card = alice.browser().get(scorecardLink(alice, "Brightpath Solutions"));
        assertEquals(200, card.status());
        assertEquals("Draft", card.textOf("scorecardStatus"));
        assertNotNull(card.html().getElementById("freezeForm:freeze"), "a draft can be frozen by a vendor admin");
        assertTrue(card.textOf("talkingPoints").contains("Win rate fell from"), card.textOf("talkingPoints"));

        Browser.Page erin = Browser.signIn("erin", PASSWORD);
        Browser.Page readOnly = erin.browser().get(scorecardLink(erin, "Brightpath Solutions"));
        assertEquals(200, readOnly.status());
        assertNull(readOnly.html().getElementById("freezeForm:freeze"), "executives read, they do not freeze");
    }

    @Test
    void bothSidesDownloadThePartnersScorecardAsAOnePagePdf() throws Exception {
        Browser.Page max = Browser.signIn("max", PASSWORD);
        Browser.Page vendorSide = max.browser().get(scorecardLink(max, "Brightpath Solutions"));
        Browser.Page paula = Browser.signIn("paula", PASSWORD).browser().get(BASE + "/partner/scorecard.xhtml");
        assertEquals(vendorSide.textOf("scorecardQuarter"), paula.textOf("scorecardQuarter"), "the same quarter");
        for (Browser.Page page : java.util.List.of(vendorSide, paula)) {
            Browser.Page pdf = page.submit("scorecardPdfForm", java.util.Map.of("scorecardPdfForm:scorecardPdf", ""));
            assertEquals(200, pdf.status(), page.url());
            assertTrue(pdf.response().headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            assertTrue(pdf.response().headers().firstValue("Content-Disposition").orElse("").matches(
                    "attachment; filename=\"scorecard-[0-9]+-" + page.textOf("scorecardQuarter") + "\\.pdf\""),
                    pdf.response().headers().firstValue("Content-Disposition").orElse(""));
            assertTrue(pdf.response().body().startsWith("%PDF-"), "a PDF (its text is read back in ScorecardPdfTest)");
        }
    }

    @Test
    void anotherVendorsScorecardUrlAnswersNotFound() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        String brightpath = scorecardLink(alice, "Brightpath Solutions");
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        Browser.Page foreign = gina.browser().get(brightpath);
        assertEquals(404, foreign.status());
        assertFalse(foreign.text().contains("Brightpath"), foreign.text());
        assertEquals(404, gina.browser().get(BASE + "/vendor/scorecard.xhtml?partner=abc").status());
        assertEquals(404, alice.browser().get(brightpath.replaceAll("quarter=[^&]+", "quarter=20x6-Q1")).status());
    }

    @Test
    void aPartnerUserCannotOpenTheVendorsScorecards() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        String orbit = scorecardLink(alice, "Orbit Integrations");
        Browser.Page paula = Browser.signIn("paula", PASSWORD);
        assertEquals(403, paula.browser().get(orbit).status());
        assertEquals(403, paula.browser().get(BASE + "/vendor/scorecards.xhtml").status());
        Browser.Page own = paula.browser().get(BASE + "/partner/scorecard.xhtml");
        assertEquals(200, own.status());
        assertFalse(own.text().contains("Orbit"), "another partner's name on Brightpath's scorecard");
    }

    @Test
    void onlyThePartnersAdminIsAskedToAgreeANewDefinition() throws Exception {
        Browser.Page paula = Browser.signIn("paula", PASSWORD).browser().get(BASE + "/partner/definitions.xhtml");
        Element revenue = paula.html().getElementById("definition-ATTRIBUTED_REVENUE");
        assertTrue(revenue.text().contains("v1 in force") && revenue.text().contains("Version 2 proposed"), revenue.text());
        assertEquals(1, revenue.select("button.agree").size(), "the alliance manager can agree");
        assertEquals("1 new version waits for your answer.", paula.textOf("awaiting"));

        Browser.Page sam = Browser.signIn("sam", PASSWORD).browser().get(BASE + "/partner/definitions.xhtml");
        assertTrue(sam.html().getElementById("definition-ATTRIBUTED_REVENUE").text().contains("Version 2 proposed"));
        assertEquals(0, sam.html().select("button.agree").size(), "a seller reads, the partner's admin answers");

        Browser.Page omar = Browser.signIn("omar", PASSWORD).browser().get(BASE + "/partner/definitions.xhtml");
        assertTrue(omar.html().getElementById("definition-ATTRIBUTED_REVENUE").text().contains("v2 in force"),
                "Orbit agreed to version 2");
        assertEquals("0 new versions wait for your answer.", omar.textOf("awaiting"));

        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/definitions.xhtml");
        assertTrue(alice.html().getElementById("definition-ATTRIBUTED_REVENUE").select(".answers").text()
                .startsWith("1 agreed, 0 questions"), alice.text());
    }

    @Test
    void aDisputeIsSeenByBothSidesOfThatPartnerAndNobodyElse() throws Exception {
        String raised = "lost at the vendor's pricing desk";
        assertTrue(disputes("paula").contains(raised));
        assertTrue(disputes("alice").contains(raised));
        assertFalse(disputes("omar").contains(raised), "another partner of the same vendor");
        assertFalse(disputes("gina").contains(raised), "another vendor");
        assertFalse(disputes("pete").contains(raised), "another vendor's partner");
        // the vendor answers the partner's question; the partner's admin who asked does not
        Browser.Page paula = Browser.signIn("paula", PASSWORD).browser().get(BASE + "/disputes.xhtml");
        assertTrue(paula.html().select("button.resolve").isEmpty(), paula.text());
        assertTrue(paula.text().contains("Open: the vendor answers it."), paula.text());
        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/disputes.xhtml");
        assertTrue(alice.html().select("tr").stream().anyMatch(row -> row.text().contains(raised)
                && !row.select("button.resolve").isEmpty()), alice.text());
    }

    private static String disputes(String user) throws Exception {
        Browser.Page page = Browser.signIn(user, PASSWORD).browser().get(BASE + "/disputes.xhtml");
        assertEquals(200, page.status());
        return page.text();
    }

    private static String scorecardLink(Browser.Page signedIn, String partnerName) throws Exception {
        Browser.Page overview = signedIn.browser().get(BASE + "/vendor/scorecards.xhtml");
        return overview.html().select("a.scorecard-link").stream()
                .filter(a -> a.text().equals(partnerName)).findFirst()
                .orElseThrow(() -> new AssertionError(partnerName + " not listed: " + overview.text()))
                .absUrl("href");
    }
}
