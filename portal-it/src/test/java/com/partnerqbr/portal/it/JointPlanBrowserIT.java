package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Both sides edit Orbit's joint plan at once (demo data: max confirmed it, omar has not): max in
 * headless Chromium, omar over HTTP with the page he opened before max saved. Max's save of a
 * commitment lands; omar's save of the same commitment is refused showing theirs and his, he keeps
 * his; then both confirm and the version is in force.
 */
class JointPlanBrowserIT {

    private static final String DEPLOY = "deploy the connector at 3 joint customers";

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @Test
    @Disabled("issue 14, open: in the fresh-clone run of 2026-11-30 the partner's stale save of the same commitment"
            + " answered 'Saved.' instead of the conflict the service gives (JointPlanIT); the page's version"
            + " handling is to be found and fixed")
    void bothSidesEditTheSecondSaveOfOneItemIsRefusedShowingBothValuesAndBothConfirm() throws Exception {
        Browser.Page omars = Browser.signIn("omar", "demo").browser().get(Browser.BASE + "/plan.xhtml");
        assertEquals(200, omars.status(), omars.text());
        assertTrue(omars.text().contains("version 1: Confirmed by the vendor, waiting for the partner"), omars.text());
        Element omarsForm = formWithOutcome(omars, DEPLOY);

        chromium.signIn("max", "demo");
        chromium.open("/vendor/partners.xhtml");
        chromium.ajax(() -> chromium.find("#partnersForm\\:partners thead input.ui-column-filter").sendKeys("Orbit"));
        chromium.loadsPage(() -> chromium.driver().findElement(By.linkText("Orbit Integrations")).click());
        chromium.loadsPage(() -> chromium.driver().findElement(By.id("jointPlanLink")).click());
        assertTrue(chromium.path().startsWith("/plan.xhtml?partner="), chromium.path());
        String orbitsPlan = chromium.url().substring(ChromiumSession.baseUrl().length());
        WebElement outcome = maxsOutcomeField();
        outcome.clear();
        outcome.sendKeys("deploy the connector at 4 joint customers");
        chromium.loadsPage(() -> outcome.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("input[id$=':save']"))
                .click());
        assertTrue(chromium.text().contains("Saved."), chromium.text());

        Browser.Page refused = omars.submit(omarsForm.id(), Map.of(
                omarsForm.id() + ":outcome", "deploy the connector at 5 joint customers",
                omarsForm.id() + ":side", "PARTNER", omarsForm.id() + ":cadence", "MONTHLY",
                omarsForm.id() + ":save", "Save this commitment"));
        String text = refused.text();
        assertTrue(text.contains("Someone saved this commitment since you opened it"), text);
        assertTrue(text.contains("Theirs: deploy the connector at 4 joint customers"), text);
        assertTrue(text.contains("Yours: deploy the connector at 5 joint customers"), text);

        Element conflictForm = refused.html().selectFirst("form.commitment-form:has(div.conflict)");
        Browser.Page kept = refused.submit(conflictForm.id(), Map.of(conflictForm.id() + ":side", "PARTNER",
                conflictForm.id() + ":cadence", "MONTHLY", conflictForm.id() + ":keepMine", "Keep mine"));
        assertTrue(kept.text().contains("Saved."), kept.text());
        formWithOutcome(kept, "deploy the connector at 5 joint customers");
        assertTrue(kept.text().contains("version 1: Draft"), "an edit withdraws max's confirmation: " + kept.text());

        Element confirm = kept.html().selectFirst("form[id$=confirmForm]");
        Browser.Page confirmed = kept.submit(confirm.id(), Map.of(confirm.id() + ":confirm", "Confirm version 1"));
        assertTrue(confirmed.text().contains("version 1: Confirmed by the partner, waiting for the vendor"),
                confirmed.text());

        chromium.open(orbitsPlan);
        assertEquals("deploy the connector at 5 joint customers", maxsOutcomeField().getAttribute("value"));
        chromium.loadsPage(() -> chromium.find("input[id$=':confirm']").click());
        assertTrue(chromium.text().contains("version 1: In force"), chromium.text());
        assertTrue(chromium.text().contains("confirmed by max") && chromium.text().contains("confirmed by omar"),
                chromium.text());
        assertEquals(List.of(), chromium.consoleErrors());
        chromium.screenshot("joint-plan-in-force-max");
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
