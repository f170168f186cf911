package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.demo.DemoProgram;
import com.partnerqbr.portal.demo.DemoProgram.PartnerSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The tail (issue 17) in real headless Chromium on the demo program: a tail partner's admin reads
 * the tail's quartiles and its own place on its home, where no other partner of the program is
 * named; vendor staff read the same figures on the program page; a partner manager plans the monthly
 * program review (its next session's attendance page lists the invited partners) and the tail
 * partner's admin registers for its next session; once a session was held (the probe moves it a day
 * into the past), the partner manager marks the tail partner attended on its attendance page, which
 * its admin then reads on its home (and another partner's admin does not); a file of a session is served
 * to the invited partner and the vendor only, and removed by the partner manager once confirmed. The
 * pages pass axe-core and fit a phone. The tests run outside the server; the probe is reached over
 * HTTP ({@link TailProbeServlet}, in a test EAR of its own deployed beside the portal).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TailBrowserIT {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @Deployment(testable = false)
    static EnterpriseArchive probe() {
        return ServicesDeployment.services("tail-browser-it", TailProbe.class).addAsModule(ShrinkWrap
                .create(WebArchive.class, "tail-probe.war").addClasses(TailProbeServlet.class, Acting.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    /** Saves the demo vendor's program review series on its page, which plans the next three months' sessions. */
    private static Browser.Page plan(Browser.Page page) throws Exception {
        return page.submit("seriesForm", Map.of("seriesForm:startTime", "16:00", "seriesForm:minutes", "30",
                "seriesForm:joinLink", "https://meet.example.com/acme-program-review", "seriesForm:host", "Max Mustermann",
                "seriesForm:agenda", "Program updates\nNew resources\nThe tail's figures\nQ&A", "seriesForm:saveSeries", ""));
    }

    @Test
    void aTailPartnerReadsTheTailsFiguresAndItsPlaceWithNoOtherPartnerNamed() {
        chromium.signIn("omar", "demo");
        assertEquals("/partner/home.xhtml", chromium.path());
        String cohort = chromium.textOf("tailCohort");
        assertTrue(cohort.startsWith("How the program's tail did in "), cohort);
        assertTrue(cohort.contains("Attributed revenue"), cohort);
        assertTrue(chromium.texts(".cohort-standing li").stream().allMatch(s -> s.startsWith("Your ")
                && s.endsWith(" of the program's tail.") || s.endsWith(" had no value that quarter.")),
                chromium.texts(".cohort-standing li").toString());
        String page = chromium.text();
        List<String> others = DemoProgram.all().stream().filter(p -> p.vendorCode().equals("acme"))
                .flatMap(p -> p.partners().stream()).map(PartnerSpec::name)
                .filter(name -> !name.equals("Orbit Integrations")).toList();
        assertFalse(others.isEmpty());
        for (String other : others) {
            assertFalse(page.contains(other), other + " is named on a tail partner's home");
        }
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "omar", "/partner/home.xhtml"));
        chromium.screenshot("tail-cohort-omar");
    }

    @Test
    void vendorStaffReadTheSameFiguresOnTheProgramPage() throws Exception {
        Browser.Page omars = Browser.signIn("omar", "demo").browser().get(Browser.BASE + "/partner/home.xhtml");
        List<String> partnerRow = omars.html().select("#cohort-ATTRIBUTED_REVENUE td").stream()
                .map(org.jsoup.nodes.Element::text).toList();
        assertFalse(partnerRow.isEmpty(), omars.text());
        chromium.signIn("max", "demo");
        chromium.open("/vendor/program.xhtml");
        List<String> vendorRow = chromium.texts("#cohort-ATTRIBUTED_REVENUE td");
        // partners, quartiles (or "not shown") and the chart; the partner's row also has its own value
        assertEquals(partnerRow.get(0), vendorRow.get(0), "the same number of partners");
        assertEquals(partnerRow.subList(1, partnerRow.size() - 2), vendorRow.subList(1, vendorRow.size() - 1));
        assertEquals(List.of(), chromium.texts(".cohort-standing li"), "no partner's place for vendor staff");
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", "/vendor/program.xhtml"));
    }

    @Test
    void aPartnerManagerPlansTheProgramReviewAndATailPartnerRegisters() throws Exception {
        Browser.Page page = Browser.signIn("max", "demo").browser().get(Browser.BASE + "/vendor/program-reviews.xhtml");
        Browser.Page saved = plan(page);
        assertTrue(saved.text().contains("Saved the program review: the next sessions are planned."), saved.text());
        assertEquals(3, saved.html().select("#sessions tbody tr").size(), saved.text());

        chromium.signIn("max", "demo");
        chromium.open("/vendor/program-reviews.xhtml");
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", "/vendor/program-reviews.xhtml"));
        String attendance = saved.html().select("#sessions tbody tr a[id$=attendance]").first().attr("href");
        String sessionPage = attendance.substring(attendance.indexOf("/vendor/"));
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", sessionPage));
        chromium.open(sessionPage);
        assertEquals("Attendance is recorded once the session has been held; the partners invited now are listed.",
                chromium.textOf("attendanceAhead"));
        assertTrue(chromium.text().contains("Orbit Integrations"), "the tail partner is invited: " + chromium.text());
        chromium.forgetSignIn();

        chromium.signIn("omar", "demo");
        assertEquals("You have not answered yet.", chromium.textOf("programReviewAnswer"));
        assertTrue(chromium.textOf("programReviewWhen").contains("16:00 CST (America/Chicago), 30 minutes, hosted by"
                + " Max Mustermann."), chromium.textOf("programReviewWhen"));
        assertEquals("https://meet.example.com/acme-program-review", chromium.find("#programReviewJoin").getAttribute("href"));
        assertEquals(List.of("Program updates", "New resources", "The tail's figures", "Q&A"),
                chromium.texts(".program-review-agenda li"));
        chromium.loadsPage(() -> chromium.find("[id='programReviewForm:register']").click());
        assertEquals("You are registered.", chromium.textOf("programReviewAnswer"));
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "omar", "/partner/home.xhtml"));
        chromium.screenshot("program-review-omar");

        Browser.Page counted = page.browser().get(Browser.BASE + "/vendor/program-reviews.xhtml");
        assertEquals("1", counted.html().select("#sessions tbody tr").first().select("td[data-label=Registered]").text());
    }

    @Test
    void aFileOfTheNextSessionIsStoredServedToTheInvitedPartnerAndTheVendorOnlyAndRemovedOnceConfirmed()
            throws Exception {
        Browser.Page page = Browser.signIn("max", "demo").browser().get(Browser.BASE + "/vendor/program-reviews.xhtml");
        Browser.Page saved = plan(page);
        String session = saved.html().select("#fileSession option").first().val();
        byte[] pdf = "%PDF-1.4\n% Acme program update\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Browser.Page refused = saved.submitWithFile("fileForm", Map.of("session", session, "fileForm:fileTitle", "Tool",
                "fileForm:uploadFile", ""), "tool.exe", pdf);
        assertTrue(refused.text().contains("Not added: File: tool.exe is not a PDF, PowerPoint (.pptx), Word (.docx),"
                + " Excel (.xlsx), PNG or JPEG file."), refused.text());
        Browser.Page added = saved.submitWithFile("fileForm", Map.of("session", session, "fileForm:fileTitle",
                "Program update", "fileForm:uploadFile", ""), "update.pdf", pdf);
        assertTrue(added.text().contains("Added the file \"Program update\" to the session."), added.text());
        String href = added.html().select("#sessions a.resource").stream()
                .filter(a -> a.text().equals("Program update (update.pdf, 1 KB)")).reduce((a, b) -> b).orElseThrow()
                .attr("href");

        Browser.Page omars = Browser.signIn("omar", "demo").browser().get(href);
        assertEquals(200, omars.status(), href);
        assertEquals("application/pdf", omars.header("Content-Type"));
        assertTrue(omars.header("Content-Disposition").contains("update.pdf"), omars.header("Content-Disposition"));
        assertEquals(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII), omars.response().body());
        assertEquals(200, Browser.signIn("erin", "demo").browser().get(href).status(), "the vendor's executive");
        Browser.Page petes = Browser.signIn("pete", "demo").browser().get(href);
        assertEquals(404, petes.status(), "another vendor's partner admin");
        assertEquals("This file does not exist, or it is not yours to read.", petes.text().strip());
        assertEquals(404, Browser.signIn("gina", "demo").browser().get(href).status(), "another vendor's admin");

        chromium.signIn("max", "demo");
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", "/vendor/program-reviews.xhtml"),
                "with the files' Remove buttons");
        String fileId = href.substring(href.lastIndexOf('/'));
        chromium.driver().findElements(By.cssSelector("#sessions .session-resource")).stream()
                .filter(r -> r.findElement(By.cssSelector("a.resource")).getAttribute("href").endsWith(fileId))
                .findFirst().orElseThrow().findElement(By.cssSelector("button[id$=remove]")).click();
        WebElement dialog = chromium.shown(".ui-confirm-dialog");
        assertTrue(dialog.getText().contains("Remove this file?"), dialog.getText());
        assertTrue(dialog.getText().contains("\"Program update (update.pdf, 1 KB)\" is removed from the"), dialog.getText());
        chromium.screenshot("program-review-remove-file-max");
        chromium.loadsPage(() -> dialog.findElement(By.cssSelector("button.ui-confirmdialog-yes")).click());
        assertTrue(chromium.text().contains("Removed the file \"Program update\" from its session."), chromium.text());
        assertTrue(chromium.driver().findElements(By.cssSelector("#sessions a.resource")).stream()
                .noneMatch(a -> a.getAttribute("href").endsWith(fileId)), "no longer listed");
        assertEquals(404, Browser.signIn("omar", "demo").browser().get(href).status(), "no longer served");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it moves the next session into the past, and the tests above read it ahead
    void aPartnerManagerMarksTheTailPartnerAttendedOnAHeldSessionsPage() throws Exception {
        Browser.Page saved = plan(Browser.signIn("max", "demo").browser().get(Browser.BASE + "/vendor/program-reviews.xhtml"));
        String attendance = saved.html().select("#sessions tbody tr a[id$=attendance]").first().attr("href");
        String sessionPage = attendance.substring(attendance.indexOf("/vendor/"));
        Matcher id = Pattern.compile("session=(\\d+)").matcher(sessionPage);
        assertTrue(id.find(), sessionPage);
        String probe = Browser.BASE.substring(0, Browser.BASE.lastIndexOf('/')) + "/tail-probe/held?vendor=acme&session="
                + id.group(1);
        assertEquals(204, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(probe))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        chromium.signIn("max", "demo");
        chromium.open(sessionPage);
        assertTrue(chromium.text().contains("Held "), chromium.text());
        String orbit = "#attendance-orbit-integrations ";
        assertEquals(List.of("Not recorded"), chromium.texts(orbit + "td[data-label=Attended]"));
        chromium.loadsPage(() -> chromium.find(orbit + "button[id$=attended]").click());
        assertTrue(chromium.text().contains("Recorded: Orbit Integrations attended."), chromium.text());
        assertEquals(List.of("Attended"), chromium.texts(orbit + "td[data-label=Attended]"));
        assertTrue(chromium.texts(orbit + "td[data-label=Recorded]").get(0).startsWith("max, "),
                chromium.texts(orbit + "td[data-label=Recorded]").toString());
        assertTrue(chromium.textOf("attendanceCount").startsWith("1 of "), chromium.textOf("attendanceCount"));
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "max", sessionPage));
        chromium.screenshot("attendance-max");
        chromium.forgetSignIn();

        chromium.signIn("omar", "demo");
        assertTrue(chromium.texts(".past-attendance").contains("Orbit Integrations attended."),
                chromium.texts(".past-attendance").toString());
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "omar", "/partner/home.xhtml"));
        chromium.forgetSignIn();
        chromium.signIn("paula", "demo");
        assertEquals("/partner/home.xhtml", chromium.path());
        assertFalse(chromium.text().contains("Orbit Integrations"), "another partner's user: " + chromium.text());
    }
}
