package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.ApiClient.clientCredentials;
import static com.partnerqbr.portal.it.Browser.BASE;
import static com.partnerqbr.portal.it.Browser.KEYCLOAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.it.Browser.Page;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Invitations as people meet them (issue 15), over HTTP through the real pages, the real Keycloak
 * and the real mail server: a vendor admin invites a partner user on the people page, the invited
 * person receives Keycloak's mail on the stack's SMTP server, follows its link, sets a password,
 * signs in and lands on its partner's home seeing only that partner; deactivated, its open session
 * ends at once and it cannot sign in, reactivated it can; a partner's admin invites into its own
 * partner only and is refused in words otherwise; the platform's operator opens a vendor from its
 * page and from the operator API, the first admin signs in to the new vendor, and the operator
 * opens none of a vendor's pages or API.
 */
class PeopleInvitationIT {

    private static final Mailbox MAILBOX = new Mailbox(System.getProperty("portal.it.mail.api.url"));
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anInvitedPartnerUserSetsAPasswordFromTheMailAndLandsOnItsPartnersHomeOnly() throws Exception {
        Browser alice = Browser.signIn("alice", "demo").browser();
        String nia = "nia-" + TAG + "@brightpath.example";
        Page invited = invite(alice, nia, "Nia", "Lee", "partner-user", "brightpath");
        assertTrue(invited.text().contains("Invited " + nia + ": the mail to set a password is on its way."), invited.text());
        assertTrue(invited.text().contains(nia + " " + nia + " partner-user brightpath Invited"), invited.text());

        Browser niasBrowser = new Browser();
        setPasswordFromMail(niasBrowser, nia, "Nia-" + TAG + "-secret");
        Page home = signIn(nia, "Nia-" + TAG + "-secret");
        assertEquals(BASE + "/partner/home.xhtml", home.url(), home.text());
        assertTrue(home.text().contains("Brightpath Solutions"), home.text());
        assertFalse(home.text().contains("Orbit Integrations"), "only its own partner: " + home.text());
        assertEquals(403, home.browser().get(BASE + "/vendor/partners.xhtml").status());
        assertEquals(403, home.browser().get(BASE + "/people.xhtml").status(), "a partner user manages nobody");

        String people = alice.get(BASE + "/people.xhtml").text();
        assertTrue(people.contains(nia + " " + nia + " partner-user brightpath Active"), people);
        String trail = alice.get(BASE + "/vendor/audit.xhtml").text();
        assertTrue(trail.contains(nia) && trail.contains("invited"), trail);
    }

    @Test
    void aDeactivatedPersonsSessionEndsAtOnceAndTheyCannotSignInUntilReactivated() throws Exception {
        Browser alice = Browser.signIn("alice", "demo").browser();
        String dan = "dan-" + TAG + "@orbit.example";
        invite(alice, dan, "Dan", "Ode", "partner-user", "orbit-integrations");
        setPasswordFromMail(new Browser(), dan, "Dan-" + TAG + "-secret");
        Page danHome = signIn(dan, "Dan-" + TAG + "-secret");
        assertEquals(BASE + "/partner/home.xhtml", danHome.url());

        Page deactivated = rowAction(alice, dan, "deactivate", Map.of());
        assertTrue(deactivated.text().contains("Deactivated " + dan + ": their sessions ended and they cannot sign in."),
                deactivated.text());
        assertTrue(deactivated.text().contains(dan + " " + dan + " partner-user orbit-integrations Deactivated"),
                deactivated.text());
        Page after = danHome.browser().get(BASE + "/partner/home.xhtml");
        assertTrue(after.url().startsWith(KEYCLOAK), "the open session ended at once: " + after.url());
        Page refused = after.submit("kc-form-login", Map.of("username", dan, "password", "Dan-" + TAG + "-secret"));
        assertFalse(refused.url().startsWith(BASE), "a deactivated person cannot sign in: " + refused.url());
        assertTrue(refused.text().contains("disabled"), refused.text());

        Page reactivated = rowAction(alice, dan, "reactivate", Map.of());
        assertTrue(reactivated.text().contains("Reactivated " + dan + "."), reactivated.text());
        assertEquals(BASE + "/partner/home.xhtml", signIn(dan, "Dan-" + TAG + "-secret").url());
    }

    @Test
    void aPartnersAdminInvitesIntoItsOwnPartnerOnlyAndIsRefusedInWords() throws Exception {
        Browser paula = Browser.signIn("paula", "demo").browser();
        Page team = paula.get(BASE + "/people.xhtml");
        assertNotNull(team.html().getElementById("inviteForm"), "paula invites her team");
        assertEquals(List.of("partner-admin", "partner-user"), team.html().select("select[name='inviteForm:role'] option")
                .eachAttr("value"), "only the partner's roles are offered");
        assertTrue(team.html().select("input[name='inviteForm:partnerCode']").isEmpty(), "no partner to choose");

        String pat = "pat-" + TAG + "@brightpath.example";
        Page invited = invite(paula, pat, "Pat", "Ray", "partner-user", null);
        assertTrue(invited.text().contains(pat + " " + pat + " partner-user brightpath Invited"), invited.text());
        assertEquals(1, MAILBOX.await(pat, m -> true, Duration.ofSeconds(60)).size(), "one invitation mail");

        // Her form offers no staff role: a crafted post of one is refused by the form before any service runs
        // (PeopleAdminIT: the service's own refusal in words).
        Page staff = invite(paula, "eve-" + TAG + "@acme.example", "Eve", "Ng", "executive", null);
        assertTrue(staff.text().contains("Role: Validation Error: Value is not valid"), staff.text());
        assertFalse(staff.text().contains("Invited eve-"), staff.text());
        Page resent = rowAction(paula, pat, "resend", Map.of());
        assertTrue(resent.text().contains("Sent the invitation to " + pat + " again."), resent.text());
        assertEquals(2, awaitCount(pat, 2), "the invitation sent again");
        Page promoted = rowAction(paula, pat, "changeRole", Map.of("newRole", "partner-admin"));
        assertTrue(promoted.text().contains(pat + " is now partner-admin."), promoted.text());
        assertTrue(promoted.text().contains(pat + " " + pat + " partner-admin brightpath Invited"), promoted.text());
        assertTrue(paula.get(BASE + "/people.xhtml").html().select("tr").stream()
                .filter(tr -> tr.select(".person-name").text().equals("paula")).findFirst().orElseThrow()
                .select("button[id$=':deactivate']").isEmpty(), "no Deactivate on her own row");
        Page again = invite(paula, pat, "Pat", "Ray", "partner-user", null);
        assertTrue(again.text().contains("Not invited: " + pat + " is already invited (invited); nothing was changed."),
                again.text());
        Page bad = invite(paula, "pat at brightpath", "Pat", "Ray", "partner-user", null);
        assertTrue(bad.text().contains("Not invited: 'pat at brightpath' is not an e-mail address."), bad.text());
        String list = paula.get(BASE + "/people.xhtml").text();
        assertFalse(list.contains("eve-" + TAG), list);
        assertFalse(list.contains("omar"), "another partner's people are not in paula's team: " + list);
        assertTrue(MAILBOX.of("eve-" + TAG + "@acme.example").isEmpty(), "a refused invitation sends nothing");

        Page omarsTeam = Browser.signIn("omar", "demo").browser().get(BASE + "/people.xhtml");
        assertFalse(omarsTeam.text().contains(pat), "another partner's admin does not see paula's team");
        assertFalse(Browser.signIn("gina", "demo").browser().get(BASE + "/people.xhtml").text().contains(pat),
                "nor does another vendor's admin");
    }

    @Test
    void theOperatorOpensAVendorWhoseFirstAdminSignsInAndOpensNoVendorsPage() throws Exception {
        Page olga = Browser.signIn("olga", "demo");
        assertEquals(BASE + "/operator/vendors.xhtml", olga.url(), olga.text());
        assertTrue(olga.text().contains("acme") && olga.text().contains("Globex Systems"), olga.text());
        String code = "initech-" + TAG;
        String ivy = "ivy-" + TAG + "@initech.example";
        Map<String, String> fields = new HashMap<>(Map.of("vendorForm:code", code, "vendorForm:name", "Initech " + TAG,
                "vendorForm:currency", "EUR", "vendorForm:timeZone", "Europe/Berlin", "vendorForm:senderName",
                "Initech Partners", "vendorForm:adminEmail", ivy, "vendorForm:adminFirstName", "Ivy",
                "vendorForm:adminLastName", "Ito", "vendorForm:open", ""));
        Page badZone = olga.submit("vendorForm", Map.of("vendorForm:code", code, "vendorForm:timeZone", "Mars/Base",
                "vendorForm:open", ""));
        assertTrue(badZone.text().contains("Not opened:") && badZone.text().contains("Time zone: an IANA time zone"),
                badZone.text());
        Page opened = olga.submit("vendorForm", fields);
        assertTrue(opened.text().contains("Opened Initech " + TAG + " (" + code + "); invited " + ivy
                + " as its vendor admin."), opened.text());

        setPasswordFromMail(new Browser(), ivy, "Ivy-" + TAG + "-secret");
        Page ivysHome = signIn(ivy, "Ivy-" + TAG + "-secret");
        assertEquals(BASE + "/vendor/partners.xhtml", ivysHome.url(), ivysHome.text());
        assertTrue(ivysHome.text().contains("Initech " + TAG + " partner portal"), ivysHome.text());
        assertFalse(ivysHome.text().contains("Brightpath"), "a new vendor has none of another's partners");

        for (String page : List.of("/vendor/partners.xhtml", "/vendor/program-settings.xhtml", "/people.xhtml",
                "/partner/home.xhtml", "/disputes.xhtml", "/vendor/audit.xhtml")) {
            assertEquals(403, olga.browser().get(BASE + page).status(), "the operator reads no vendor's page: " + page);
        }
        for (String user : List.of("alice", "paula")) {
            assertEquals(403, Browser.signIn(user, "demo").browser().get(BASE + "/operator/vendors.xhtml").status(), user);
        }

        String operator = clientCredentials("portal-operator");
        String byApi = "{\"code\": \"hooli-" + TAG + "\", \"name\": \"Hooli\", \"currency\": \"USD\", \"timeZone\":"
                + " \"America/Chicago\", \"adminEmail\": \"hal-" + TAG + "@hooli.example\", \"adminFirstName\": \"Hal\","
                + " \"adminLastName\": \"Ho\"}";
        ApiClient.Answer created = ApiClient.post("/operator/vendors", operator, byApi);
        assertEquals(201, created.status(), created.body());
        assertEquals("hooli-" + TAG, created.json().getString("code"));
        assertEquals(1, MAILBOX.await("hal-" + TAG + "@hooli.example", m -> true, Duration.ofSeconds(60)).size());
        ApiClient.Answer taken = ApiClient.post("/operator/vendors", operator, byApi);
        assertEquals(409, taken.status(), taken.body());
        ApiClient.Answer invalid = ApiClient.post("/operator/vendors", operator, "{\"code\": \"X\"}");
        assertEquals(422, invalid.status(), invalid.body());
        assertTrue(invalid.json().getString("detail").contains("Code: 2 to 64 lower-case letters"), invalid.body());
        assertEquals(403, ApiClient.get("/partners", operator).status(), "the operator reads no vendor's partners");
        assertEquals(403, ApiClient.post("/operator/vendors", clientCredentials("portal-api"), byApi).status(),
                "a vendor's integration opens no vendor");
    }

    /** Invites on the people page; the page answered (the list after the redirect, or the refusal). */
    private static Page invite(Browser inviter, String email, String first, String last, String role, String partner)
            throws Exception {
        Page people = inviter.get(BASE + "/people.xhtml");
        Map<String, String> fields = new HashMap<>(Map.of("inviteForm:email", email, "inviteForm:firstName", first,
                "inviteForm:lastName", last, "inviteForm:role", role, "inviteForm:invite", ""));
        if (partner != null) {
            fields.put("inviteForm:partnerCode", partner);
        }
        return people.submit("inviteForm", fields);
    }

    /**
     * Presses a row's button ({@code deactivate}, {@code reactivate}, {@code resend}, {@code changeRole}) of the
     * person, with values for the row's lists by their id ({@code newRole}).
     */
    private static Page rowAction(Browser admin, String username, String button, Map<String, String> more) throws Exception {
        Page people = admin.get(BASE + "/people.xhtml");
        Element row = people.html().select("tr").stream()
                .filter(tr -> tr.select(".person-name").text().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not listed: " + people.text()));
        Element pressed = row.selectFirst("button[id$=':" + button + "']");
        assertNotNull(pressed, "no " + button + " for " + username + ": " + row.outerHtml());
        Map<String, String> fields = new HashMap<>();
        more.forEach((select, value) -> fields.put(row.selectFirst("select[id$=':" + select + "']").attr("name"), value));
        fields.put(pressed.attr("name"), "");
        return people.submit("peopleForm", fields);
    }

    /** Follows the link of Keycloak's mail to the address and sets the password on Keycloak's form. */
    private static void setPasswordFromMail(Browser browser, String address, String password) throws Exception {
        List<Mailbox.Mail> mails = MAILBOX.await(address, m -> true, Duration.ofSeconds(60));
        assertEquals(1, mails.size(), "one mail to " + address);
        Mailbox.Mail mail = mails.get(0);
        assertEquals("Partner portal <portal@partnerqbr.example>", mail.from());
        assertEquals(address, mail.to());
        assertEquals("Your invitation to the Partner portal", mail.subject());
        assertTrue(mail.text().strip().startsWith("You are invited to the Partner portal."), mail.text());
        assertTrue(mail.html().contains(">Set your password</a>"), mail.html());
        String body = mail.text();
        Matcher link = Pattern.compile(Pattern.quote(KEYCLOAK)
                + "/realms/portal/login-actions/action-token\\?key=[^\\s\"<>]+").matcher(body);
        assertTrue(link.find(), "no link to Keycloak in: " + body);
        Page page = browser.get(link.group().replace("&amp;", "&"));
        Element proceed = page.html().selectFirst("a[href*='action-token'], a[href*='required-action']");
        if (page.html().getElementById("kc-passwd-update-form") == null && proceed != null) {
            page = browser.get(proceed.absUrl("href"));
        }
        assertNotNull(page.html().getElementById("kc-passwd-update-form"), "no update-password form: " + page.text());
        Page done = page.submit("kc-passwd-update-form", Map.of("password-new", password, "password-confirm", password));
        assertEquals(200, done.status(), done.text());
        assertNotNull(done.text(), done.url());
    }

    /** How many mails the address has once it has {@code count} or a minute passed. */
    private static int awaitCount(String address, int count) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (MAILBOX.of(address).size() < count && System.nanoTime() < end) {
            Thread.sleep(1_000);
        }
        return MAILBOX.of(address).size();
    }

    /** Signs in afresh at Keycloak's form; the page landed on. */
    private static Page signIn(String user, String password) throws Exception {
        return Browser.signIn(user, password);
    }
}
