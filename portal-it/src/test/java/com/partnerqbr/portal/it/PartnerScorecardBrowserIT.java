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
        assertTrue(chromium.driver().findElements(By.id("figuresForm:freeze")).isEmpty(), "partners cannot freeze");
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
    }

    @Test
    void aPartnerQuestionsAFigureAndFindsItAmongItsDisputes() {
        chromium.signIn("paula", "demo");
        chromium.open("/partner/scorecard.xhtml");
        chromium.ajax(() -> chromium.find("#figure-COMMISSION_EARNED button.question-figure").click());
        chromium.find("textarea[id='disputeForm:comment']").sendKeys("Our March commissions are missing from this figure.");
        chromium.loadsPage(() -> chromium.find("button[id='disputeForm:raise']").click());

        assertEquals("/partner/scorecard.xhtml?quarter=" + CURRENT.previous(), chromium.path());
        assertTrue(chromium.text().contains("Your question is logged as a dispute"), chromium.text());
        chromium.open("/disputes.xhtml");
        String disputes = chromium.text();
        assertTrue(disputes.contains("Our March commissions are missing from this figure."), disputes);
        assertTrue(disputes.contains("Commission earned, " + CURRENT.previous()), disputes);
    }

    @Test
    void aMalformedQuarterAnswersNotFound() {
        chromium.signIn("sam", "demo");
        chromium.open("/partner/scorecard.xhtml?quarter=2026-Q9");

        assertEquals(404, chromium.status());
        assertFalse(chromium.text().contains("Brightpath"), chromium.text());
    }
}
