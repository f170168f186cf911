package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The program dashboard, the program settings and the tier progress over HTTP through the real
 * Keycloak login, on the demo data: who may open what, what another vendor's or another
 * partner's user gets for the same URLs, and deciding a tier proposal from the page.
 */
class ProgramPagesIT {

    private static final String PASSWORD = "demo";

    @Test
    void theDashboardShowsTheVendorsOwnSegmentsProposalsAndReviewsOnly() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/program.xhtml");
        assertEquals(200, alice.status());
        String totals = alice.textOf("segmentTotals");
        assertTrue(totals.matches("Strategic \\d+ · Growth \\d+ · Tail \\d+ · Long-tail \\d+"), totals);
        assertEquals(30, java.util.Arrays.stream(totals.split(" · ")).mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", "")))
                .sum(), totals);
        assertNotNull(alice.html().getElementById("segmentChart"), "the chart is on the page");
        String proposals = alice.textOf("proposals");
        assertTrue(proposals.contains("Promotion Silver → Gold"), proposals);
        assertTrue(proposals.contains("Demotion Gold → Silver") && proposals.contains("in its grace period until"),
                proposals);
        assertFalse(proposals.contains("Brightpath"), "Brightpath stays Gold: " + proposals);
        assertTrue(alice.textOf("toSchedule").contains("Brightpath Solutions"), alice.textOf("toSchedule"));
        assertFalse(alice.text().contains("Summit Resellers"), "Globex's partner on Acme's dashboard");

        Browser.Page gina = Browser.signIn("gina", PASSWORD).browser().get(BASE + "/vendor/program.xhtml");
        assertEquals(200, gina.status());
        assertFalse(gina.text().contains("Brightpath"), "Acme's partner on Globex's dashboard");
        assertFalse(gina.textOf("proposals").contains("Sterling"), "Acme's proposal on Globex's dashboard");
    }

    @Test
    void partnerUsersGetForbiddenOnTheVendorsProgramPagesAndOnlyAdminsOpenTheSettings() throws Exception {
        Browser.Page paula = Browser.signIn("paula", PASSWORD);
        assertEquals(403, paula.browser().get(BASE + "/vendor/program.xhtml").status());
        assertEquals(403, paula.browser().get(BASE + "/vendor/program-settings.xhtml").status());
        assertEquals(403, Browser.signIn("max", PASSWORD).browser().get(BASE + "/vendor/program-settings.xhtml").status());
        Browser.Page settings = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/program-settings.xhtml");
        assertEquals(200, settings.status());
        assertTrue(settings.textOf("ladder").contains("Tier ladder (version 1)"), settings.textOf("ladder"));
    }

    @Test
    void eachPartnerUserSeesItsOwnProgressAndAnotherVendorsPartnerUrlAnswersNotFound() throws Exception {
        Browser.Page paula = Browser.signIn("paula", PASSWORD).browser().get(BASE + "/partner/home.xhtml");
        assertEquals("Gold", paula.textOf("currentTier"));
        assertEquals("Platinum", paula.textOf("nextTier"));
        assertTrue(paula.textOf("progressSummary").matches("\\d+ more won deals and \\$[0-9,]+ revenue by \\d{4}-\\d{2}-\\d{2}"),
                paula.textOf("progressSummary"));
        assertFalse(paula.text().contains("Orbit"), paula.text());

        Browser.Page omar = Browser.signIn("omar", PASSWORD).browser().get(BASE + "/partner/home.xhtml");
        assertEquals("Orbit Integrations", omar.textOf("partnerName"));
        assertEquals("Silver", omar.textOf("currentTier"));
        assertEquals("Gold", omar.textOf("nextTier"));
        assertFalse(omar.text().contains("Brightpath"), omar.text());

        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Element link = alice.browser().get(BASE + "/vendor/program.xhtml").html()
                .select("#toSchedule a:contains(Brightpath Solutions)").first();
        assertNotNull(link, "Brightpath is linked from the dashboard");
        Browser.Page detail = alice.browser().get(link.absUrl("href"));
        assertEquals(200, detail.status());
        assertEquals("Platinum", detail.textOf("nextTier"));
        Browser.Page foreign = Browser.signIn("gina", PASSWORD).browser().get(link.absUrl("href"));
        assertEquals(404, foreign.status());
        assertFalse(foreign.text().contains("Brightpath"), foreign.text());
        assertEquals(403, Browser.signIn("omar", PASSWORD).browser().get(link.absUrl("href")).status());
    }

    @Test
    void aDecisionWithoutAReasonIsRefusedAndARejectionWithOneRemovesTheProposal() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        Browser.Page dashboard = gina.browser().get(BASE + "/vendor/program.xhtml");
        Element option = dashboard.html().selectFirst("#decideForm select[name=proposal] option");
        assertNotNull(option, dashboard.textOf("proposals"));
        String proposal = dashboard.html().select("#proposals .proposal").first().text();

        Browser.Page refused = dashboard.submit("decideForm", Map.of("proposal", option.val(),
                "decideForm:reason", " ", "decideForm:reject", ""));
        assertEquals(200, refused.status());
        assertTrue(refused.text().contains("Nothing decided: Give a reason for the decision."), refused.text());
        assertEquals(proposal, gina.browser().get(BASE + "/vendor/program.xhtml").html()
                .select("#proposals .proposal").first().text(), "nothing changed");

        String stale = option.val().replaceAll(":\\d+$", ":999");
        Browser.Page refusedStale = dashboard.submit("decideForm", Map.of("proposal", stale,
                "decideForm:reason", "Looks fine", "decideForm:approve", ""));
        assertTrue(refusedStale.text().contains("changed since you opened it; reload and try again."), refusedStale.text());

        Browser.Page rejected = dashboard.submit("decideForm", Map.of("proposal", option.val(),
                "decideForm:reason", "Certification booked for next month", "decideForm:reject", ""));
        assertTrue(rejected.response().body().contains("Rejected: "), rejected.text());
        Browser.Page after = gina.browser().get(BASE + "/vendor/program.xhtml");
        assertFalse(after.textOf("proposals").contains(proposal.substring(0, proposal.indexOf(':'))),
                after.textOf("proposals"));
    }

    @Test
    void badSettingsAreRefusedWithAClearMessageAndAStaleSaveIsRefused() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        Browser.Page first = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        Browser.Page second = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        Browser.Page bad = first.submit("settingsForm", Map.of("settingsForm:strategic_hinput", "60",
                "settingsForm:growth_hinput", "50", "settingsForm:saveSettings", ""));
        assertTrue(bad.response().body().contains("Not saved: The strategic and growth shares must be 0 to 100 percent together."),
                bad.text());
        Browser.Page reread = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        assertEquals("10", reread.html().getElementById("settingsForm:strategic_hinput").val(), "nothing changed");

        Browser.Page saved = first.submit("settingsForm", Map.of("settingsForm:strategic_hinput", "10",
                "settingsForm:growth_hinput", "20", "settingsForm:saveSettings", ""));
        assertTrue(saved.response().body().contains("Saved the segment settings"), saved.text());
        Browser.Page stale = second.submit("settingsForm", Map.of("settingsForm:strategic_hinput", "15",
                "settingsForm:saveSettings", ""));
        assertTrue(stale.response().body().contains("Not saved: Someone changed the segment settings since you opened them"),
                stale.text());
        assertEquals("10", gina.browser().get(BASE + "/vendor/program-settings.xhtml").html()
                .getElementById("settingsForm:strategic_hinput").val());
    }

    @Test
    void aVendorAdminOverridesASegmentOnlyWithAReasonAndItShowsOnThePartnersPage() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Element link = alice.browser().get(BASE + "/vendor/partners.xhtml").html()
                .select("a.partner-name:contains(Ashford Labs)").first();
        assertNotNull(link, "Ashford Labs is on the first page of the partner list");
        Browser.Page page = alice.browser().get(link.absUrl("href"));
        String before = page.textOf("segment");
        Browser.Page refused = page.submit("overrideForm", Map.of("overrideForm:segment_input", "LONG_TAIL",
                "overrideForm:reason", "", "overrideForm:override", ""));
        assertTrue(refused.response().body().contains("Not changed: Say why the segment is overridden."), refused.text());
        assertEquals(before, refused.textOf("segment"), "nothing changed");

        Browser.Page changed = refused.submit("overrideForm", Map.of("overrideForm:segment_input", "LONG_TAIL",
                "overrideForm:reason", "Reselling through a distributor from next quarter", "overrideForm:override", ""));
        assertEquals("Long-tail", changed.textOf("segment"));
        assertTrue(changed.text().contains("Set by the vendor: Reselling through a distributor from next quarter"),
                changed.text());
        assertNotNull(Browser.signIn("max", PASSWORD).browser().get(link.absUrl("href")).html().getElementById("segment"));
        assertEquals(null, Browser.signIn("max", PASSWORD).browser().get(link.absUrl("href")).html()
                .getElementById("overrideForm"), "partner managers read, vendor admins override");
    }

    @Test
    void aBadLadderIsRefusedAndAStalePublishToo() throws Exception {
        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        Browser.Page first = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        Browser.Page second = gina.browser().get(BASE + "/vendor/program-settings.xhtml");
        assertEquals("Silver", first.html().getElementById("ladderForm:tiers:1:name").val());

        Browser.Page bad = first.submit("ladderForm", Map.of("ladderForm:tiers:1:name", "Registered",
                "ladderForm:publishLadder", ""));
        assertTrue(bad.text().contains("Not published: Tier 2: the name Registered is used twice."), bad.text());
        assertTrue(gina.browser().get(BASE + "/vendor/program-settings.xhtml").textOf("ladder")
                .contains("Tier ladder (version 1)"), "nothing published");

        Browser.Page published = first.submit("ladderForm", Map.of("ladderForm:tiers:1:name", "Silver",
                "ladderForm:publishLadder", ""));
        assertTrue(published.response().body().contains("Published version 2 of the tier ladder."), published.text());
        assertTrue(published.textOf("ladder").contains("Tier ladder (version 2)"), published.textOf("ladder"));
        Browser.Page stale = second.submit("ladderForm", Map.of("ladderForm:publishLadder", ""));
        assertTrue(stale.text().contains("Not published: Someone published a new version of the ladder since you opened"
                + " it; reload and try again."), stale.text());
        // partners keep the tiers they were approved under
        assertEquals("Platinum", Browser.signIn("pete", PASSWORD).browser().get(BASE + "/partner/home.xhtml")
                .textOf("currentTier"));
    }
}
