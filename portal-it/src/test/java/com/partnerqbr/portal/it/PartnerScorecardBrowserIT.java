package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.Quarter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The partner's own scorecard in real headless Chromium, on the demo history: Brightpath's
 * win rate collapsed last quarter and four of its deals are stuck now.
 */
class PartnerScorecardBrowserIT {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    private static final Quarter CURRENT = Quarter.of(LocalDate.now(ZoneOffset.UTC));

    @Test
    void aPartnerSeesLastQuartersScorecardWithItsFlagsTrendsAndChart() {
        chromium.signIn("paula", "demo");
        chromium.loadsPage(() -> chromium.find(".portal-nav a[href*='/partner/scorecard']").click());

        assertEquals(200, chromium.status());
        assertEquals("Your scorecard", chromium.heading());
        assertEquals(CURRENT.previous().toString(), chromium.textOf("scorecardQuarter"));
        assertEquals("Draft", chromium.textOf("scorecardStatus"));
        List<String> points = chromium.texts("#talkingPoints li");
        assertTrue(points.stream().anyMatch(p -> p.matches("Win rate fell from \\d+% to \\d+%\\.")), points::toString);
        assertEquals(List.of("Attributed revenue v1", "Revenue growth QoQ v1", "Average deal size v1", "Commission earned v1",
                        "Open pipeline v1", "Pipeline coverage v1", "Win rate v1", "Stuck deals v1", "Engagement score v1",
                        "Enablement completion v1"),
                chromium.texts("table.figures tbody tr td:first-child"), "the ten figures of a channel partner's scorecard");
        String revenue = chromium.find("#figure-ATTRIBUTED_REVENUE .figure-value").getText();
        assertTrue(revenue.matches("\\$[0-9,]+"), revenue);
        assertTrue(chromium.find("#figure-ATTRIBUTED_REVENUE .figure-target").getText().startsWith("$"));
        String sparkline = chromium.find("#figure-ATTRIBUTED_REVENUE polyline").getAttribute("points");
        assertEquals(4, sparkline.split(" ").length, "four quarters of trend: " + sparkline);
        Object chartDrawn = chromium.js("var c = document.querySelector('.trend-chart canvas');"
                + " return c != null && c.width > 0 && Chart.getChart(c) != null;");
        assertEquals(Boolean.TRUE, chartDrawn, "the revenue and pipeline chart is drawn");
        assertTrue(chromium.driver().findElements(By.id("freezeForm:freeze")).isEmpty(), "partners cannot freeze");
        assertTrue(chromium.find(".health-card .formula").getText().startsWith("Out of 100: revenue against its target"
                + " counts 40 points, pipeline coverage against its floor 30 and the engagement score 30;"),
                chromium.find(".health-card .formula").getText());
        // the open pipeline's breakdown adds up to its count of open deals
        String pipeline = chromium.find("#figure-OPEN_PIPELINE .figure-detail").getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) open deals?: Qualify (\\d+) · Develop (\\d+) ·"
                + " Propose (\\d+) · Negotiate (\\d+)(?: · (\\d+) whose stage then is not known \\((?:it has|they have)"
                + " moved on since\\))?").matcher(pipeline);
        assertTrue(m.matches(), pipeline);
        int parts = 0;
        for (int g = 2; g <= 6; g++) {
            parts += m.group(g) == null ? 0 : Integer.parseInt(m.group(g));
        }
        assertEquals(Integer.parseInt(m.group(1)), parts, pipeline);
        // an arrow is green when the move is good news for that figure, red when bad
        for (WebElement arrow : chromium.driver().findElements(By.cssSelector("table.figures tr .trend"))) {
            String row = arrow.findElement(By.xpath("ancestor::tr")).getAttribute("id");
            String said = arrow.getAttribute("textContent").strip();
            String cls = arrow.getAttribute("class");
            boolean higherIsWorse = row.equals("figure-STUCK_DEALS");
            if (cls.contains("up")) {
                assertEquals(higherIsWorse ? "up on last quarter, worse" : "up on last quarter, better", said, row);
            } else if (cls.contains("down")) {
                assertEquals(higherIsWorse ? "down on last quarter, better" : "down on last quarter, worse", said, row);
            }
            if (!cls.contains("flat")) {
                String colour = (String) chromium.js("return getComputedStyle(arguments[0], '::after').color;", arrow);
                assertEquals(said.endsWith("worse") ? "rgb(185, 28, 28)" : "rgb(4, 120, 87)", colour, row + " " + said);
            }
        }
        assertEquals(List.of(), chromium.consoleErrors(), "no script error or blocked resource");
        chromium.screenshot("partner-scorecard-paula");
    }

    @Test
    void theCurrentQuarterShowsTheStuckDeals() {
        chromium.signIn("paula", "demo");
        chromium.open("/partner/scorecard.xhtml?quarter=" + CURRENT);

        assertEquals(CURRENT.toString(), chromium.textOf("scorecardQuarter"));
        assertTrue(chromium.texts("#talkingPoints li").contains("4 deals stuck ≥ 30 days."),
                chromium.texts("#talkingPoints li")::toString);
        assertEquals("4", chromium.find("#figure-STUCK_DEALS .figure-value").getText());
        // the four deals themselves, with stage and days, longest stuck first
        List<String> days = chromium.texts("#stuckDeals tr.stuck-deal td[data-label='Days in stage']");
        assertEquals(4, days.size(), chromium.textOf("stuckDeals"));
        assertTrue(days.stream().allMatch(d -> Integer.parseInt(d) >= 30), days::toString);
        assertEquals(days.stream().sorted(java.util.Comparator.comparingInt((String d) -> Integer.parseInt(d)).reversed()).toList(), days);
        assertTrue(chromium.texts("#stuckDeals tr.stuck-deal td[data-label='Stage']").stream()
                .allMatch(s -> List.of("Qualify", "Develop", "Propose", "Negotiate").contains(s)),
                chromium.textOf("stuckDeals"));
    }

    @Test
    void theVendorSeesThePartnersStuckDealsToo() {
        chromium.signIn("alice", "demo");
        chromium.loadsPage(() -> chromium.driver().findElement(By.linkText("Brightpath Solutions")).click());
        String partner = chromium.path().replaceAll(".*id=", "");
        chromium.open("/vendor/scorecard.xhtml?partner=" + partner + "&quarter=" + CURRENT);

        assertEquals(4, chromium.texts("#stuckDeals tr.stuck-deal").size(), chromium.textOf("stuckDeals"));
    }

    @Test
    void aPartnerQuestionsAFigureAndFindsItAmongItsDisputes() {
        chromium.signIn("paula", "demo");
        chromium.open("/partner/scorecard.xhtml");
        chromium.find("#figure-COMMISSION_EARNED button.question-figure").click();
        String named = chromium.shown("div[id='disputeForm:disputedFigure']").getText();
        assertTrue(named != null && named.matches("You question Commission earned of " + CURRENT.previous()
                + ": \\$[0-9,]+\\."), named);
        // Sent without a word: the page comes back with the dialog open on the same figure, saying what is missing.
        chromium.loadsPage(() -> chromium.find("button[id='disputeForm:raise']").click());
        String dialog = chromium.shown("dialog#disputeDialog").getText();
        assertTrue(dialog.contains("Say what looks wrong with the figure."), dialog);
        assertEquals(named, chromium.shown("div[id='disputeForm:disputedFigure']").getText(), dialog);
        chromium.find("textarea[id='disputeForm:comment']").sendKeys("Our March commissions are missing from this figure.");
        chromium.loadsPage(() -> chromium.find("button[id='disputeForm:raise']").click());

        assertEquals("/partner/scorecard.xhtml?quarter=" + CURRENT.previous(), chromium.path());
        assertTrue(chromium.text().contains("Your question is logged as a dispute"), chromium.text());
        chromium.open("/disputes.xhtml");
        String disputes = chromium.text();
        assertTrue(disputes.contains("Our March commissions are missing from this figure."), disputes);
        assertTrue(disputes.contains("Commission earned, " + CURRENT.previous()), disputes);
        assertTrue(chromium.driver().findElements(By.cssSelector("button.resolve")).isEmpty(),
                "the partner does not resolve its own questions");
        assertTrue(disputes.contains("Open: the vendor answers it."), disputes);
    }

    @Test
    void aFigureOfAnotherPartnerOrNoFigureAtAllPutIntoTheFormIsNotQuestioned() throws Exception {
        String summitFigure = Browser.signIn("pete", "demo").browser().get(Browser.BASE + "/partner/scorecard.xhtml")
                .html().select("#figure-COMMISSION_EARNED button.question-figure").attr("data-figure");
        assertFalse(summitFigure.isBlank(), "Summit's own page names its figure");
        chromium.signIn("paula", "demo");
        chromium.open("/partner/scorecard.xhtml");
        String ownFigure = chromium.find("#figure-COMMISSION_EARNED button.question-figure").getAttribute("data-figure");
        assertFalse(ownFigure.equals(summitFigure), ownFigure);

        for (String posted : List.of(summitFigure, "12abc")) {
            chromium.find("#figure-COMMISSION_EARNED button.question-figure").click();
            chromium.shown("div[id='disputeForm:disputedFigure']");
            chromium.js("document.getElementById('disputeForm:figure').value = arguments[0];", posted);
            chromium.find("textarea[id='disputeForm:comment']").sendKeys("Is figure " + posted + " ours?");
            chromium.loadsPage(() -> chromium.find("button[id='disputeForm:raise']").click());
            String answer = chromium.text();
            assertTrue(answer.contains(posted.equals(summitFigure) ? "Not logged: that figure is not on this scorecard."
                    : "Choose the figure to question with its Question button."), answer);
            assertFalse(answer.contains("Your question is logged"), answer);
        }
        chromium.open("/disputes.xhtml");
        assertFalse(chromium.text().contains("Is figure"), chromium.text());
    }

    @Test
    void aMalformedQuarterAnswersNotFound() {
        chromium.signIn("sam", "demo");
        chromium.open("/partner/scorecard.xhtml?quarter=2026-Q9");

        assertEquals(404, chromium.status());
        assertFalse(chromium.text().contains("Brightpath"), chromium.text());
    }
}
