package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Both sides edit Orbit's joint plan at once (demo data: max confirmed it, omar has not): max in
 * headless Chromium, omar in a second session over HTTP, each from the page he opened before the
 * other saved. Edits of different commitments both land; a second save of the same commitment is
 * refused showing theirs and yours, and keep theirs, merge and keep mine each do what they say;
 * then both confirm and the version is in force.
 */
class JointPlanBrowserIT {

    private static final String DEPLOY = "deploy the connector at 3 joint customers";
    private static final String CASE_STUDY = "publish 1 joint case study with a connector customer";
    private static final String BATTLECARD = "publish the manufacturing battlecard on the partner portal";
    private static final String BATTLECARD_AND_STORIES = "publish the manufacturing battlecard and 2 customer stories"
            + " on the partner portal";
    private static final String BATTLECARD_BY_MAX = "publish the manufacturing battlecard on the partner portal and"
            + " in 3 webinars";

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @Test
    void bothSidesEditTheSecondSaveOfOneItemIsRefusedShowingBothValuesAndBothConfirm() throws Exception {
        Browser.Page omars = Browser.signIn("omar", "demo").browser().get(Browser.BASE + "/plan.xhtml");
        assertEquals(200, omars.status(), omars.text());
        assertTrue(omars.text().contains("version 1: Confirmed by the vendor, waiting for the partner"), omars.text());

        chromium.signIn("max", "demo");
        chromium.open("/vendor/partners.xhtml");
        chromium.ajax(() -> chromium.find("#partnersForm\\:partners thead input.ui-column-filter").sendKeys("Orbit"));
        chromium.loadsPage(() -> chromium.driver().findElement(By.linkText("Orbit Integrations")).click());
        chromium.loadsPage(() -> chromium.driver().findElement(By.id("jointPlanLink")).click());
        assertTrue(chromium.path().startsWith("/plan.xhtml?partner="), chromium.path());
        String orbitsPlan = chromium.url().substring(ChromiumSession.baseUrl().length());
        maxSaves("deploy the connector at 4 joint customers");
        assertTrue(chromium.text().contains("Saved."), chromium.text());

        // a different commitment from omar's page opened before max saved: both land
        Browser.Page other = save(omars, CASE_STUDY, "publish 2 joint case studies with connector customers", "save");
        assertTrue(other.text().contains("Saved."), other.text());
        formWithOutcome(other, "publish 2 joint case studies with connector customers");
        formWithOutcome(other, "deploy the connector at 4 joint customers");

        // the same commitment from the same old page: refused with both values; keep theirs
        Browser.Page refused = save(omars, DEPLOY, "deploy the connector at 5 joint customers", "save");
        assertRefused(refused, "deploy the connector at 4 joint customers", "deploy the connector at 5 joint customers");
        Browser.Page keptTheirs = conflictButton(refused, "keepTheirs", "Keep theirs");
        assertTrue(keptTheirs.text().contains("Kept theirs; yours was dropped."), keptTheirs.text());
        formWithOutcome(keptTheirs, "deploy the connector at 4 joint customers");

        // again from the old page: refused; merge puts his in the form on top of theirs, he edits and saves
        refused = save(omars, DEPLOY, "deploy the connector at 5 joint customers", "save");
        assertRefused(refused, "deploy the connector at 4 joint customers", "deploy the connector at 5 joint customers");
        Browser.Page merged = conflictButton(refused, "merge", "Merge");
        assertTrue(merged.text().contains("Yours is in the form, now on top of theirs"), merged.text());
        Browser.Page savedMerge = save(merged, "deploy the connector at 5 joint customers",
                "deploy the connector at 6 joint customers", "save");
        assertTrue(savedMerge.text().contains("Saved."), savedMerge.text());
        formWithOutcome(savedMerge, "deploy the connector at 6 joint customers");

        // max's page is now behind: his save is refused showing omar's merge and his; he keeps his
        maxSaves("deploy the connector at 7 joint customers");
        assertTrue(chromium.text().contains("Someone saved this commitment since you opened it"), chromium.text());
        assertTrue(chromium.text().contains("Theirs: deploy the connector at 6 joint customers"), chromium.text());
        assertTrue(chromium.text().contains("Yours: deploy the connector at 7 joint customers"), chromium.text());
        chromium.loadsPage(() -> chromium.find("input[id$=':keepMine']").click());
        assertTrue(chromium.text().contains("Saved."), chromium.text());
        assertEquals("deploy the connector at 7 joint customers", maxsOutcomeField().getAttribute("value"));
        assertTrue(chromium.text().contains("version 1: Draft"), "an edit withdraws max's confirmation: "
                + chromium.text());

        Browser.Page fresh = savedMerge.browser().get(Browser.BASE + "/plan.xhtml");
        formWithOutcome(fresh, "deploy the connector at 7 joint customers");
        formWithOutcome(fresh, "publish 2 joint case studies with connector customers");
        Element confirm = fresh.html().selectFirst("form[id$=confirmForm]");
        Browser.Page confirmed = fresh.submit(confirm.id(), Map.of(confirm.id() + ":confirm", "Confirm version 1"));
        assertTrue(confirmed.text().contains("version 1: Confirmed by the partner, waiting for the vendor"),
                confirmed.text());

        chromium.open(orbitsPlan);
        chromium.loadsPage(() -> chromium.find("input[id$=':confirm']").click());
        assertTrue(chromium.text().contains("version 1: In force"), chromium.text());
        assertTrue(chromium.text().contains("confirmed by max") && chromium.text().contains("confirmed by omar"),
                chromium.text());
        assertTrue(chromium.text().matches("(?s).*confirmed by omar on \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+.*"),
                "the confirmation's time with its zone named: " + chromium.text());
        assertEquals(List.of(), chromium.consoleErrors());
        chromium.screenshot("joint-plan-in-force-max");

        // a save from a page opened while the version was a draft: its form is gone, and it says so
        Browser.Page gone = save(fresh, "deploy the connector at 7 joint customers", "deploy the connector at 8 joint"
                + " customers", "save");
        assertTrue(gone.text().contains("Not saved: this commitment is no longer in a draft you may change"),
                gone.text());
        assertTrue(gone.text().contains("version 1: In force"), gone.text());
        assertTrue(gone.text().contains("deploy the connector at 7 joint customers"), gone.text());
    }

    /**
     * Brightpath's plan (demo: in force): paula drafts a new version and proposes a change to erin's
     * commitment on the page; the commitment stays as it is and the proposal waits under it, for both
     * sides, readers too (sam, a partner user; erin, an executive). Max is refused a rejection without a
     * reason; he changes the commitment himself, and his accept of the proposal made before is refused in
     * words for accepting, showing both; he rejects it, paula proposes again and he accepts: the
     * commitment then reads the proposal. The plan's history shows all of it to both sides (axe-core,
     * 390/1280 px), and another partner and another vendor get 404.
     */
    @Test
    void thePartnersAdminProposesAChangeToAVendorCommitmentAndThePartnerManagerAcceptsIt() throws Exception {
        Browser.Page paulas = Browser.signIn("paula", "demo").browser().get(Browser.BASE + "/plan.xhtml");
        assertEquals(200, paulas.status(), paulas.text());
        Element change = paulas.html().selectFirst("form[id$=changeForm]");
        if (change != null) {
            assertEquals("Draft a new version", change.selectFirst("input[type=submit]").val());
            paulas = paulas.submit(change.id(), Map.of(change.id() + ":draftNewVersion", "Draft a new version"));
            assertTrue(paulas.text().contains("A new version is drafted"), paulas.text());
        }
        Browser.Page proposed = propose(paulas, BATTLECARD, BATTLECARD_AND_STORIES);
        formWithOutcome(proposed, BATTLECARD);
        String pending = proposed.html().select("p.proposal-text").text();
        assertTrue(pending.matches("Proposed by paula on \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+( \\([^)]+\\))?: "
                + BATTLECARD_AND_STORIES + " \\(owner Erin Evans, due .*\\)\\. Waiting for the vendor\\."), pending);
        assertTrue(proposed.html().select("input[id$=':accept']").isEmpty(), "paula does not decide her own");
        assertTrue(proposed.html().select("input[value='Propose a change']").stream()
                .allMatch(button -> button.parents().hasClass("commitment-form")), "\"Propose a change\" is a"
                + " commitment's button only: " + proposed.text());
        String partner = proposed.html().selectFirst("input[name=partnerId]").val();

        // readers see it under the commitment in their table: sam, the partner's user
        Browser.Page sams = Browser.signIn("sam", "demo").browser().get(Browser.BASE + "/plan.xhtml");
        assertTrue(proposalOf(sams, BATTLECARD).matches("Proposed by paula on .*: " + BATTLECARD_AND_STORIES
                + " \\(owner Erin Evans, .*\\)\\. Waiting for the vendor\\."), sams.text());
        assertTrue(sams.html().select("form.proposal, input[id$=':accept']").isEmpty(), "sam decides nothing");

        chromium.signIn("max", "demo");
        String page = "/plan.xhtml?partner=" + partner;
        chromium.open(page);
        assertTrue(chromium.text().contains("Proposed by paula on "), chromium.text());
        assertTrue(chromium.text().contains("Waiting for the vendor."), chromium.text());
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", page), "the page with a proposal");
        chromium.loadsPage(() -> chromium.find("form.proposal input[id$=':reject']").click());
        assertTrue(chromium.text().contains("Not rejected: Enter why the proposal is rejected."), chromium.text());
        assertTrue(chromium.text().contains("Waiting for the vendor."), chromium.text());

        // max changes the commitment himself; accepting the proposal made before would undo that: refused, both shown
        saves(outcomeField(BATTLECARD), BATTLECARD_BY_MAX);
        assertTrue(chromium.text().contains("Saved."), chromium.text());
        chromium.loadsPage(() -> chromium.find("form.proposal input[id$=':accept']").click());
        assertTrue(chromium.text().contains("Not accepted: The commitment changed since paula proposed this, and"
                + " accepting it would undo that change; nothing was accepted or changed. The commitment now: Vendor: "
                + BATTLECARD_BY_MAX + " | owner Erin Evans"), chromium.text());
        assertTrue(chromium.text().contains("The proposal: Vendor: " + BATTLECARD_AND_STORIES + " | owner Erin Evans"),
                chromium.text());
        assertTrue(chromium.text().contains("Reject the proposal, saying why, and paula can propose again"),
                chromium.text());
        assertTrue(!chromium.text().contains("Keep theirs"), "words for a save: " + chromium.text());
        outcomeField(BATTLECARD_BY_MAX);
        assertTrue(chromium.driver().findElements(By.cssSelector("input[id$=':outcome']")).stream()
                .noneMatch(e -> BATTLECARD_AND_STORIES.equals(e.getAttribute("value"))), "nothing changed");
        WebElement reason = chromium.find("form.proposal input[id$=':reason']");
        reason.sendKeys("Out of date: the commitment changed since");
        chromium.loadsPage(() -> reason.findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("input[id$=':reject']")).click());
        assertTrue(chromium.text().contains("Rejected; the commitment stays as it is."), chromium.text());

        // paula proposes again on the commitment as it is now; max accepts
        Browser.Page again = propose(proposed.browser().get(Browser.BASE + "/plan.xhtml"), BATTLECARD_BY_MAX,
                BATTLECARD_AND_STORIES);
        assertTrue(again.text().contains("Rejected by max on "), again.text());
        chromium.open(page);
        chromium.loadsPage(() -> chromium.find("form.proposal input[id$=':accept']").click());
        assertTrue(chromium.text().contains("Accepted: the commitment now reads " + BATTLECARD_AND_STORIES
                + " (owner Erin Evans, due "), chromium.text());
        assertTrue(chromium.text().contains("Accepted by max on "), chromium.text());
        assertTrue(chromium.driver().findElements(By.cssSelector("input[id$=':outcome']")).stream()
                .anyMatch(e -> BATTLECARD_AND_STORIES.equals(e.getAttribute("value"))), chromium.text());
        assertEquals(List.of(), chromium.consoleErrors());
        chromium.screenshot("joint-plan-proposal-accepted-max");

        Browser.Page after = proposed.browser().get(Browser.BASE + "/plan.xhtml");
        formWithOutcome(after, BATTLECARD_AND_STORIES);
        assertTrue(after.text().contains("Accepted by max on "), after.text());
        // erin, an executive, reads both decisions under the commitment
        Browser.Page erins = Browser.signIn("erin", "demo").browser().get(Browser.BASE + page);
        String decided = proposalOf(erins, BATTLECARD_AND_STORIES);
        assertTrue(decided.contains("Rejected by max on ") && decided.contains(": Out of date: the commitment changed"
                + " since") && decided.contains("Accepted by max on "), erins.text());

        // the plan's history, linked from the plan page: max in Chromium, paula over HTTP
        chromium.loadsPage(() -> chromium.find("#historyLink").click());
        assertTrue(chromium.path().startsWith("/plan-history.xhtml?partner=" + partner), chromium.path());
        String history = chromium.text();
        assertTrue(history.contains("accepted paula's proposal"), history);
        assertTrue(history.contains("rejected paula's proposal: Out of date: the commitment changed since"), history);
        assertTrue(history.contains("proposed a change to the vendor's commitment"), history);
        assertTrue(history.contains(BATTLECARD_BY_MAX), history);
        assertTrue(history.matches("(?s).*\\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+ \\([A-Za-z_/]+\\).*"),
                "times with the zone named: " + history);
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", "/plan-history.xhtml?partner="
                + partner), "the history page");
        chromium.screenshot("joint-plan-history-max");
        Browser.Page paulasHistory = proposed.browser().get(Browser.BASE + "/plan-history.xhtml");
        assertEquals(200, paulasHistory.status());
        assertTrue(paulasHistory.text().contains("accepted paula's proposal"), paulasHistory.text());
        assertTrue(paulasHistory.text().contains("Times in "), paulasHistory.text());
        // another partner's admin and another vendor's admin: not found
        for (String outsider : List.of("omar", "gina")) {
            Browser.Page refused = Browser.signIn(outsider, "demo").browser().get(Browser.BASE
                    + "/plan-history.xhtml?partner=" + partner);
            assertEquals(404, refused.status(), outsider + ": " + refused.text());
            assertTrue(!refused.text().contains("paula"), refused.text());
        }
    }

    /** Paula changes the outcome of the vendor's commitment showing {@code outcome} and proposes it. */
    private static Browser.Page propose(Browser.Page page, String outcome, String changed) throws Exception {
        Element form = formWithOutcome(page, outcome);
        assertEquals(null, form.selectFirst("input[id$=':save']"), "no save of the vendor's commitment for paula");
        Map<String, String> fields = new HashMap<>(selects(form));
        fields.put(form.id() + ":outcome", changed);
        fields.put(form.id() + ":propose", "Propose a change");
        Browser.Page proposed = page.submit(form.id(), fields);
        assertTrue(proposed.text().contains("Proposed: " + changed + " (owner Erin Evans, due "), proposed.text());
        return proposed;
    }

    /** The proposals shown in a reader's table beside the commitment with this outcome. */
    private static String proposalOf(Browser.Page page, String outcome) {
        return page.html().select("table tr").stream().filter(tr -> tr.text().contains(outcome))
                .map(tr -> tr.select("p.proposal-text").text()).filter(t -> !t.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal beside \"" + outcome + "\": " + page.text()));
    }

    private static WebElement outcomeField(String outcome) {
        return chromium.driver().findElements(By.cssSelector("input[id$=':outcome']")).stream()
                .filter(e -> outcome.equals(e.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment form with \"" + outcome + "\": " + chromium.text()));
    }

    private static void maxSaves(String outcome) {
        saves(maxsOutcomeField(), outcome);
    }

    /** Max types an outcome into a commitment's field in Chromium and saves the commitment. */
    private static void saves(WebElement field, String outcome) {
        field.clear();
        field.sendKeys(outcome);
        chromium.loadsPage(() -> field.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("input[id$=':save']"))
                .click());
    }

    private static void assertRefused(Browser.Page refused, String theirs, String mine) {
        String text = refused.text();
        assertTrue(text.contains("Someone saved this commitment since you opened it"), text);
        assertTrue(text.contains("Theirs: " + theirs), text);
        assertTrue(text.contains("Yours: " + mine), text);
    }

    /** Omar changes the outcome of the commitment showing {@code outcome} on this page and presses a button. */
    private static Browser.Page save(Browser.Page page, String outcome, String changed, String button) throws Exception {
        Element form = formWithOutcome(page, outcome);
        Map<String, String> fields = new HashMap<>(selects(form));
        fields.put(form.id() + ":outcome", changed);
        fields.put(form.id() + ":" + button, "Save this commitment");
        return page.submit(form.id(), fields);
    }

    private static Browser.Page conflictButton(Browser.Page refused, String button, String label) throws Exception {
        Element form = refused.html().selectFirst("form.commitment-form:has(div.conflict)");
        Map<String, String> fields = new HashMap<>(selects(form));
        fields.put(form.id() + ":" + button, label);
        return refused.submit(form.id(), fields);
    }

    /** The chosen option of each select of the form (the page's HTTP client posts inputs only). */
    private static Map<String, String> selects(Element form) {
        Map<String, String> chosen = new HashMap<>();
        for (Element select : form.select("select[name]")) {
            Element option = select.selectFirst("option[selected]");
            chosen.put(select.attr("name"), option == null ? select.selectFirst("option").val() : option.val());
        }
        return chosen;
    }

    private static WebElement maxsOutcomeField() {
        return chromium.driver().findElements(By.cssSelector("input[id$=':outcome']")).stream()
                .filter(e -> e.getAttribute("value").startsWith("deploy the connector")).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment form of Orbit's connector: " + chromium.text()));
    }

    private static Element formWithOutcome(Browser.Page page, String outcome) {
        return page.html().select("form.commitment-form").stream()
                .filter(f -> outcome.equals(f.select("input[id$=':outcome']").val())).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment form with \"" + outcome + "\": " + page.text()));
    }
}
