package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Your mail" in Chromium: every signed-in person reaches it from their name in the header (here
 * omar, a partner admin); it names the address of their sign-in, unticking a kind and saving keeps
 * it ("Saved: you receive 8 of 9 kinds"), and the page shows it unticked afterwards; ticking it
 * again restores all. The page has no critical or serious axe-core finding and no sideways scroll
 * at 390 and 1280 px.
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

    private static WebElement box(String id) {
        return chromium.driver().findElement(By.id(id));
    }
}
