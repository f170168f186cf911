package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Your mail" in Chromium: every signed-in person reaches it from their name in the header (here
 * omar, a partner admin); it names the address of their sign-in, unticking a kind and saving keeps
 * it ("Saved: you receive 8 of 9 kinds"), and the page shows it unticked afterwards; ticking it
 * again restores all. "Make my calendar address" shows the secret address, which a client that never
 * signed in reads as an iCalendar feed, and "Stop" makes it answer 404 in words. The page has no
 * critical or serious axe-core finding and no sideways scroll at 390 and 1280 px, with and without
 * an address.
 */
class MailChoicesBrowserIT {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aPersonReachesTheirMailChoicesFromTheirNameAndKeepsWhatTheyTick() {
        chromium.signIn("omar", "demo");
        chromium.loadsPage(() -> chromium.find("#signedInAs").click());
        assertEquals("/time-zone.xhtml", chromium.path());
        assertEquals("Your time zone and mail", chromium.heading());
        assertEquals("Reminders go to omar@orbit-integrations.example. Invitations and recaps always arrive.",
                chromium.textOf("mailAddress"));
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "omar", "/time-zone.xhtml"));

        assertTrue(box("kind_DIGEST").isSelected() && box("receive").isSelected(), "everything is received at first");
        box("kind_DIGEST").click();
        chromium.loadsPage(() -> chromium.find("[id='mailForm:saveMail']").click());
        assertTrue(chromium.text().contains("Saved: you receive 8 of 9 kinds of reminder. Invitations and recaps"
                + " always arrive."), chromium.text());
        assertFalse(box("kind_DIGEST").isSelected(), "the digest stays declined");
        assertTrue(box("kind_AGENDA").isSelected());

        box("kind_DIGEST").click();
        chromium.loadsPage(() -> chromium.find("[id='mailForm:saveMail']").click());
        assertTrue(chromium.text().contains("Saved: you receive 9 of 9 kinds of reminder."), chromium.text());
        assertTrue(box("kind_DIGEST").isSelected());
        chromium.screenshot("mail-choices-omar");
    }

    @Test
    void aPersonMakesTheirCalendarAddressReadsItWithoutSigningInAndStopsIt() throws Exception {
        chromium.signIn("omar", "demo");
        chromium.open("/time-zone.xhtml");
        assertEquals(List.of(), chromium.driver().findElements(By.id("feedAddress")), "no address before one is made");
        chromium.loadsPage(() -> chromium.find("[id='calendarForm:renewFeed']").click());
        assertTrue(chromium.text().contains("Saved: your calendar's address is below."), chromium.text());
        String address = box("feedAddress").getAttribute("value");
        assertTrue(address.matches(".*/calendar/acme/[A-Za-z0-9_-]{32}\\.ics"), address);
        assertEquals(List.of(), EveryPageBrowserIT.problemsOf(chromium, "omar", "/time-zone.xhtml"));
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> feed = anonymous.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), "read without signing in: " + feed.body());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR") && feed.body().contains("X-WR-CALNAME:Acme Analytics"
                + " partner portal: omar"), feed.body());
        assertFalse(feed.body().contains("Brightpath"), "another partner's items: " + feed.body());

        chromium.loadsPage(() -> chromium.find("[id='calendarForm:stopFeed']").click());
        assertTrue(chromium.text().contains("Saved: your calendar's address no longer works."), chromium.text());
        HttpResponse<String> stopped = anonymous.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, stopped.statusCode());
        assertTrue(stopped.body().startsWith("This calendar address is not known"), stopped.body());
    }

    private static WebElement box(String id) {
        return chromium.driver().findElement(By.id(id));
    }
}
