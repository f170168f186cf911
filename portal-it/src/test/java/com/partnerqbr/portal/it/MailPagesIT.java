package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.it.Browser.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Mail as people meet it, over HTTP through the real sign-in: "Forgot password?" on Keycloak's
 * sign-in page sends a reset mail through the stack's mail server whose link opens Keycloak's
 * "update password" form; the sent-mail log is a page for vendor admins, each seeing its own
 * vendor's messages (the demo's dispute notice) and no other vendor's.
 */
class MailPagesIT {

    private static final Mailbox MAILBOX = new Mailbox(System.getProperty("portal.it.mail.api.url"));

    @Test
    void forgotPasswordOnTheSignInPageMailsAResetLinkThatOpensKeycloaksForm() throws Exception {
        Instant asked = Instant.now();
        Browser browser = new Browser();
        Page signIn = browser.get(Browser.BASE + "/");
        Element forgot = signIn.html().selectFirst("a:containsOwn(Forgot password?)");
        assertNotNull(forgot, "no 'Forgot password?' link on " + signIn.url() + ": " + signIn.text());
        Page reset = browser.get(forgot.absUrl("href"));
        assertEquals(200, reset.status(), reset.text());
        // only reset mails are counted: the demo's reminders (erin owns an overdue commitment) may arrive meanwhile
        int before = MAILBOX.matching("erin@acme.example", MailPagesIT::isReset).size();
        Page sent = reset.submit("kc-reset-password-form", Map.of("username", "erin"));
        assertEquals(200, sent.status(), sent.text());
        assertTrue(sent.text().contains("You should receive an email shortly"), sent.text());

        Instant end = Instant.now().plusSeconds(60);
        List<Mailbox.Mail> mails = MAILBOX.matching("erin@acme.example", MailPagesIT::isReset);
        while (mails.size() <= before && Instant.now().isBefore(end)) {
            Thread.sleep(1_000);
            mails = MAILBOX.matching("erin@acme.example", MailPagesIT::isReset);
        }
        assertEquals(before + 1, MAILBOX.matching("erin@acme.example", MailPagesIT::isReset).size(),
                "one reset mail, asked at " + asked);
        Mailbox.Mail mail = mails.get(mails.size() - 1);
        assertEquals("Partner portal <portal@partnerqbr.example>", mail.from());
        assertEquals("erin@acme.example", mail.to());
        String body = mail.text() != null ? mail.text() : mail.html();
        Matcher link = Pattern.compile(Pattern.quote(Browser.KEYCLOAK)
                + "/realms/portal/login-actions/action-token\\?key=[^\\s\"<>]+").matcher(body);
        assertTrue(link.find(), "no reset link to Keycloak in: " + body);

        Page update = browser.get(link.group().replace("&amp;", "&"));
        assertEquals(200, update.status(), update.text());
        assertNotNull(update.html().getElementById("kc-passwd-update-form"), "no update-password form: " + update.text());
    }

    @Test
    void theSentMailLogIsForVendorAdminsEachSeeingItsOwnVendorsMessages() throws Exception {
        Page alice = Browser.signIn("alice", "demo");
        Page acmeLog = alice.browser().get(Browser.BASE + "/vendor/sent-mail.xhtml");
        assertEquals(200, acmeLog.status(), acmeLog.text());
        String acme = acmeLog.textOf("logForm:log");
        assertNotNull(acme, acmeLog.text());
        assertTrue(acme.contains("alice@acme.example"), acme);
        assertTrue(acme.contains("Brightpath Solutions questions Win rate of"), acme);
        assertTrue(acme.contains("(Acme Analytics)"), acme);
        assertTrue(acmeLog.text().contains("Times in America/Chicago"), acmeLog.text());
        assertNotNull(alice.browser().get(Browser.BASE + "/vendor/program-settings.xhtml").html()
                .selectFirst("a[href$='/vendor/sent-mail.xhtml']"), "a 'Sent mail' link on the vendor admin's settings page");
        assertNotNull(acmeLog.html().selectFirst(".portal-nav a.is-current[href$='/vendor/program-settings.xhtml']"),
                "the log belongs to the settings' section of the menu");

        Page gina = Browser.signIn("gina", "demo");
        String globex = gina.browser().get(Browser.BASE + "/vendor/sent-mail.xhtml").textOf("logForm:log");
        assertNotNull(globex);
        assertFalse(globex.contains("acme") || globex.contains("Brightpath"), "another vendor's log: " + globex);

        for (String user : List.of("max", "erin", "paula", "sam")) {
            Page signedIn = Browser.signIn(user, "demo");
            Page refused = signedIn.browser().get(Browser.BASE + "/vendor/sent-mail.xhtml");
            assertEquals(403, refused.status(), user);
            assertFalse(refused.text().contains("Brightpath Solutions questions"), user);
            assertTrue(signedIn.browser().get(Browser.BASE + (user.startsWith("p") || user.equals("sam")
                    ? "/partner/home.xhtml" : "/vendor/partners.xhtml")).html()
                    .select("a[href*='sent-mail'], a[href*='program-settings']").isEmpty(), user + " has no way to the log");
        }
    }

    private static boolean isReset(Mailbox.Mail m) {
        return m.subject() != null && m.subject().contains("Reset password");
    }
}
