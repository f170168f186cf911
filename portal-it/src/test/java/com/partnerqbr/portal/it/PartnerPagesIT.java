package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.ApiClient.INVALID_RECORDS;
import static com.partnerqbr.portal.it.ApiClient.assertProblem;
import static com.partnerqbr.portal.it.ApiClient.clientCredentials;
import static com.partnerqbr.portal.it.ApiClient.get;
import static com.partnerqbr.portal.it.ApiClient.post;
import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Partners kept by a vendor admin through the real sign-in (issue 15): the partner form refuses
 * bad input naming the field and saves nothing, creates, changes and archives (the partner then
 * leaves the list, so the demo's 30 stay 30), the audit trail shows each change; only vendor
 * admins reach the form and the trail, another vendor's partner answers 404. Through the API, a
 * {@code partners} import with bad records is refused naming each field, and a known code
 * with the same values changes nothing.
 */
class PartnerPagesIT {

    private static final String PASSWORD = "demo";

    @Test
    void aVendorAdminCreatesChangesAndArchivesAPartnerByTheFormAndReadsItInTheAuditTrail() throws Exception {
        String code = "it-pages-" + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page list = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/partners.xhtml");
        assertNotNull(list.html().getElementById("newPartner"), "a vendor admin is offered a new partner");
        Browser.Page form = list.browser().get(BASE + "/vendor/partner-edit.xhtml");
        assertEquals(200, form.status());

        Browser.Page bad = form.submit("partnerForm", Map.of("partnerForm:code", "Bad Code", "partnerForm:name", "",
                "partnerForm:type_input", "RESELLER", "partnerForm:joinedOn", "2025-02-01",
                "partnerForm:timeZone", "Atlantis/Deep", "partnerForm:save", ""));
        assertTrue(bad.text().contains("Not saved: Code 'bad code' is not valid: use 2 to 64 lower-case letters,"
                + " digits and hyphens, starting with a letter or digit (e.g. brightpath). Name is required. Time zone"
                + " 'Atlantis/Deep' is not a time zone"), bad.text());
        assertFalse(bad.text().contains("Saved"), bad.text());
        String acme = clientCredentials("portal-api");
        assertEquals(404, get("/partners/bad-code", acme).status(), "nothing was created");

        Browser.Page saved = form.submit("partnerForm", Map.of("partnerForm:code", code, "partnerForm:name",
                "IT Pages Partner", "partnerForm:type_input", "REFERRAL", "partnerForm:region", "LATAM",
                "partnerForm:joinedOn", "2025-02-01", "partnerForm:timeZone", "America/Sao_Paulo",
                "partnerForm:owner", "max", "partnerForm:save", ""));
        assertTrue(saved.response().body().contains("Saved IT Pages Partner."), saved.text());
        assertTrue(saved.url().contains("/vendor/partner.xhtml?id="), saved.url());
        String id = saved.url().substring(saved.url().indexOf("id=") + 3);
        assertEquals("America/Sao_Paulo", saved.textOf("partnerZone"));
        assertEquals("max", saved.textOf("partnerOwner"), "the partner's page names its partner manager");
        assertEquals("REFERRAL", get("/partners/" + code, acme).json().getString("type"));

        Browser.Page edit = saved.browser().get(BASE + "/vendor/partner-edit.xhtml?id=" + id);
        assertEquals("IT Pages Partner", edit.html().getElementById("partnerForm:name").val());
        Browser.Page renamed = edit.submit("partnerForm", Map.of("partnerForm:name", "IT Pages Partner Ltd",
                "partnerForm:type_input", "REFERRAL", "partnerForm:save", ""));
        assertTrue(renamed.response().body().contains("Saved IT Pages Partner Ltd."), renamed.text());
        Browser.Page staleEdit = edit.submit("partnerForm", Map.of("partnerForm:name", "IT Pages Partner SA",
                "partnerForm:type_input", "REFERRAL", "partnerForm:save", ""));
        assertTrue(staleEdit.text().contains("Not saved: Someone changed IT Pages Partner Ltd since you opened it;"
                + " nothing was saved. Theirs: name 'IT Pages Partner Ltd'. Yours: name 'IT Pages Partner SA'."),
                staleEdit.text());

        Browser.Page archiving = saved.browser().get(BASE + "/vendor/partner-edit.xhtml?id=" + id);
        Browser.Page archived = archiving.submit("partnerForm", Map.of("partnerForm:type_input", "REFERRAL",
                "partnerForm:archive", ""));
        assertTrue(archived.response().body().contains("Archived IT Pages Partner Ltd: it has left the lists and reviews;"
                + " its history stays."), archived.text());
        assertNotNull(archived.html().getElementById("archivedNote"), "the partner's page says it is archived");
        Browser.Page partners = saved.browser().get(BASE + "/vendor/partners.xhtml");
        assertFalse(partners.text().contains("IT Pages Partner"), "an archived partner leaves the list");
        assertEquals(30, get("/partners?limit=1", acme).json().getInt("total"), "the demo's 30 partners");
        Browser.Page archivedList = saved.browser().get(BASE + "/vendor/partners.xhtml?archived=true");
        assertTrue(archivedList.text().contains("IT Pages Partner Ltd"), archivedList.text());

        Browser.Page trail = saved.browser().get(BASE + "/vendor/audit.xhtml");
        String text = trail.text();
        assertTrue(text.contains("partner " + code + " archived"), text);
        assertTrue(text.contains("partner " + code + " changed"), text);
        assertTrue(text.contains("partner " + code + " created"), text);
        assertTrue(text.contains("name: IT Pages Partner name: IT Pages Partner Ltd"), "before and after: " + text);
        assertTrue(text.contains("Times in America/Chicago"), "times in the viewer's zone, named: " + text);
        assertNotNull(Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/program-settings.xhtml").html()
                .getElementById("auditTrail"), "the audit trail is linked from the program settings");

        Browser.Page gina = Browser.signIn("gina", PASSWORD);
        assertEquals(404, gina.browser().get(BASE + "/vendor/partner-edit.xhtml?id=" + id).status(),
                "another vendor's partner is not found");
        assertFalse(gina.browser().get(BASE + "/vendor/audit.xhtml").text().contains(code),
                "another vendor's trail holds none of it");
    }

    @Test
    void onlyVendorAdminsReachThePartnerFormAndTheAuditTrail() throws Exception {
        for (String user : new String[] {"max", "erin", "paula", "sam"}) {
            Browser browser = Browser.signIn(user, PASSWORD).browser();
            assertEquals(403, browser.get(BASE + "/vendor/partner-edit.xhtml").status(), user);
            assertEquals(403, browser.get(BASE + "/vendor/audit.xhtml").status(), user);
        }
        Browser.Page max = Browser.signIn("max", PASSWORD).browser().get(BASE + "/vendor/partners.xhtml");
        assertNull(max.html().getElementById("newPartner"), "a partner manager is not offered a new partner");
    }

    @Test
    void partnersByTheApiAreRefusedNamingEachFieldAndAKnownCodeWithTheSameValuesChangesNothing() throws Exception {
        String acme = clientCredentials("portal-api");
        ApiClient.Answer columns = get("/records/partners/columns", acme);
        assertEquals(200, columns.status(), columns.body());
        assertTrue(columns.body().startsWith("[{\"name\":\"code\",\"required\":true"), columns.body());

        String tag = UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Answer refused = post("/records/partners", acme, "[{\"code\":\"it-api-" + tag + "\",\"name\":"
                + "\"Good\",\"type\":\"oem\",\"joined_on\":\"2025-01-01\"},"
                + "{\"code\":\"it api\",\"name\":\"Bad\",\"type\":\"oem\",\"joined_on\":\"2025-01-01\"},"
                + "{\"code\":\"it-api-2-" + tag + "\",\"name\":\"Bad\",\"type\":\"shop\",\"joined_on\":\"01/02/2025\"}]");
        assertProblem(refused, 422, INVALID_RECORDS, "Invalid records");
        assertTrue(refused.body().contains("{\"name\":\"code\",\"in\":\"body[2]\",\"reason\":\"Code 'it api' is not"
                + " valid"), refused.body());
        assertTrue(refused.body().contains("{\"name\":\"type\",\"in\":\"body[3]\",\"reason\":\"'shop' is not one"
                + " of reseller"), refused.body());
        assertTrue(refused.body().contains("{\"name\":\"joined_on\",\"in\":\"body[3]\",\"reason\":\"'01/02/2025'"
                + " is not a date"), refused.body());
        assertEquals(404, get("/partners/it-api-" + tag, acme).status(), "all or nothing: the good record is not in");

        int partners = get("/partners?limit=1", acme).json().getInt("total");
        JsonObject brightpath = get("/partners/brightpath", acme).json();
        // max owns Brightpath in the demo program (the API's partner view does not show the owner)
        ApiClient.Answer same = post("/records/partners", acme, "[{\"code\":\"BRIGHTPATH\",\"name\":\""
                + brightpath.getString("name") + "\",\"type\":\"" + brightpath.getString("type") + "\",\"region\":\""
                + brightpath.getString("region", "") + "\",\"joined_on\":\"" + brightpath.getString("joinedOn")
                + "\",\"owner\":\"max\"}]");
        assertEquals(200, same.status(), same.body());
        assertEquals("{\"kind\":\"partners\",\"created\":0,\"updated\":0,\"unchanged\":1}", same.body());
        assertEquals(partners, get("/partners?limit=1", acme).json().getInt("total"), "keyed by code: no second Brightpath");

        String brightpathsToken = clientCredentials("portal-api-brightpath");
        assertEquals(403, post("/records/partners", brightpathsToken, "[{\"code\":\"mine\",\"name\":\"Mine\","
                + "\"type\":\"oem\",\"joined_on\":\"2025-01-01\"}]").status(), "a partner's token is refused");
    }
}
