package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The browser's time zone offered on a person's first pages, in real headless Chromium whose
 * zone is set as a person's computer would be: paula (Brightpath, program zone America/Chicago)
 * in Tokyo is offered Asia/Tokyo, takes it and reads her next QBR in Tokyo time with the zone
 * named (her scorecard, which shows dates only, offers none); in Berlin she keeps the program's zone
 * and is not asked again. Each test gives paula back the program's zone.
 */
class TimeZoneOfferBrowserIT {

    @RegisterExtension
    static final ChromiumSession chromium = new ChromiumSession();

    @Test
    void aPersonInTokyoIsOfferedTheBrowsersZoneAndThenReadsTheirNextQbrInTokyoTime() {
        chromium.emulateTimeZone("Asia/Tokyo");
        chromium.signIn("paula", "demo");
        try {
            assertEquals("/partner/home.xhtml", chromium.path());
            assertTrue(chromium.textOf("segmentMeaning").contains("(America/Chicago)"),
                    chromium.textOf("segmentMeaning"));
            assertTrue(chromium.find("#zoneOffer").isDisplayed(), "the offer shows");
            assertEquals("Your browser's time zone is Asia/Tokyo; times here show in America/Chicago, the program's"
                    + " time zone.", chromium.find("#zoneOffer p").getText());
            assertEquals(List.of(), chromium.consoleErrors(), "the offer's script runs under the page's policy");
            chromium.open("/partner/scorecard.xhtml");
            assertTrue(chromium.driver().findElements(By.id("zoneOffer")).isEmpty(),
                    "a page of dates only (the scorecard) offers no zone");
            chromium.open("/partner/home.xhtml");

            chromium.loadsPage(() -> chromium.find("#zoneOfferForm\\:useBrowserZone").click());
            assertEquals("/partner/home.xhtml", chromium.path(), "back on the page she was on");
            assertTrue(chromium.text().contains("Saved: times show in Asia/Tokyo."), chromium.text());
            String meaning = chromium.textOf("segmentMeaning");
            assertTrue(meaning.matches("Your next QBR is on \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d JST \\(Asia/Tokyo\\): .*"),
                    meaning);
            assertTrue(chromium.driver().findElements(By.id("zoneOffer")).isEmpty(), "answered: not offered again");
        } finally {
            programZoneAgain();
        }
    }

    @Test
    void aPersonWhoKeepsTheProgramsZoneIsNotAskedAgain() {
        chromium.emulateTimeZone("Europe/Berlin");
        chromium.signIn("paula", "demo");
        try {
            assertEquals("Your browser's time zone is Europe/Berlin; times here show in America/Chicago, the program's"
                    + " time zone.", chromium.find("#zoneOffer p").getText());
            chromium.open("/partner/qbrs.xhtml");
            chromium.loadsPage(() -> chromium.find("#zoneOfferForm\\:keepZone").click());
            assertEquals("/partner/qbrs.xhtml", chromium.path());
            assertTrue(chromium.text().contains("Saved: times show in America/Chicago."), chromium.text());
            chromium.open("/partner/home.xhtml");
            assertTrue(chromium.driver().findElements(By.id("zoneOffer")).isEmpty(), "answered: not offered again");
            assertTrue(chromium.textOf("segmentMeaning").contains("(America/Chicago)"),
                    chromium.textOf("segmentMeaning"));
        } finally {
            programZoneAgain();
        }
    }

    /** paula back to the program's zone (empty choice), as before the test. */
    private static void programZoneAgain() {
        chromium.open("/time-zone.xhtml");
        chromium.js("document.getElementById('timeZone').value = '';");
        chromium.loadsPage(() -> chromium.find("#zoneForm\\:saveZone").click());
        assertTrue(chromium.textOf("currentZone").contains("the program's time zone"), chromium.textOf("currentZone"));
        assertFalse(chromium.text().contains("Not saved"), chromium.text());
    }
}
