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
     * Brightpath's plan (demo: in force): paula drafts a change and proposes one to erin's commitment
     * on the page; the commitment stays as it is and the proposal waits under it, for both sides; max
     * is refused a rejection without a reason, accepts, and the commitment then reads the proposal.
     */
    @Test
    void thePartnersAdminProposesAChangeToAVendorCommitmentAndThePartnerManagerAcceptsIt() throws Exception {
        Browser.Page paulas = Browser.signIn("paula", "demo").browser().get(Browser.BASE + "/plan.xhtml");
        assertEquals(200, paulas.status(), paulas.text());
        Element change = paulas.html().selectFirst("form[id$=changeForm]");
        if (change != null) {
            paulas = paulas.submit(change.id(), Map.of(change.id() + ":propose", "Propose a change"));
            assertTrue(paulas.text().contains("A new version is drafted"), paulas.text());
        }
        Element erins = formWithOutcome(paulas, BATTLECARD);
        assertEquals(null, erins.selectFirst("input[id$=':save']"), "no save of the vendor's commitment for paula");
        Map<String, String> fields = new HashMap<>(selects(erins));
        fields.put(erins.id() + ":outcome", BATTLECARD_AND_STORIES);
        fields.put(erins.id() + ":propose", "Propose a change");
        Browser.Page proposed = paulas.submit(erins.id(), fields);
        assertTrue(proposed.text().contains("Proposed: " + BATTLECARD_AND_STORIES + " (owner Erin Evans, due "),
                proposed.text());
        formWithOutcome(proposed, BATTLECARD);
        String pending = proposed.html().select("p.proposal-text").text();
        assertTrue(pending.matches("Proposed by paula on \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+( \\([^)]+\\))?: "
                + BATTLECARD_AND_STORIES + " \\(owner Erin Evans, due .*\\)\\. Waiting for the vendor\\."), pending);
        assertTrue(proposed.html().select("input[id$=':accept']").isEmpty(), "paula does not decide her own");
        String partner = proposed.html().selectFirst("input[name=partnerId]").val();

        chromium.signIn("max", "demo");
        String page = "/plan.xhtml?partner=" + partner;
        chromium.open(page);
        assertTrue(chromium.text().contains("Proposed by paula on "), chromium.text());
        assertTrue(chromium.text().contains("Waiting for the vendor."), chromium.text());
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", page), "the page with a proposal");
        chromium.loadsPage(() -> chromium.find("form.proposal input[id$=':reject']").click());
        assertTrue(chromium.text().contains("Not rejected: Enter why the proposal is rejected."), chromium.text());
        assertTrue(chromium.text().contains("Waiting for the vendor."), chromium.text());
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
    }

    private static void maxSaves(String outcome) {
        WebElement field = maxsOutcomeField();
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
