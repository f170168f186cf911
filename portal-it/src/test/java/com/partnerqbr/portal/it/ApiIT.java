package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.ApiClient.INVALID_PARAMETERS;
import static com.partnerqbr.portal.it.ApiClient.INVALID_RECORDS;
import static com.partnerqbr.portal.it.ApiClient.assertProblem;
import static com.partnerqbr.portal.it.ApiClient.audience;
import static com.partnerqbr.portal.it.ApiClient.authorizationCodeToken;
import static com.partnerqbr.portal.it.ApiClient.claims;
import static com.partnerqbr.portal.it.ApiClient.clientCredentials;
import static com.partnerqbr.portal.it.ApiClient.deal;
import static com.partnerqbr.portal.it.ApiClient.errors;
import static com.partnerqbr.portal.it.ApiClient.get;
import static com.partnerqbr.portal.it.ApiClient.post;
import static com.partnerqbr.portal.it.ApiClient.request;
import static com.partnerqbr.portal.it.ApiClient.send;
import static com.partnerqbr.portal.it.ApiClient.strings;
import static com.partnerqbr.portal.it.ApiClient.withClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.it.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API over HTTP with real access tokens ({@link ApiClient}): which vendor sees
 * what, who is refused, and how errors look. What it does with bad input and its OpenAPI
 * document are in {@link ApiInputIT}.
 */
class ApiIT {

    /** Vendor acme's integration (role vendor-integration). */
    private static String acme;
    /** Vendor globex's integration. */
    private static String globex;
    /** A partner of acme (brightpath, role partner-admin): not vendor staff. */
    private static String brightpath;

    @BeforeAll
    static void tokens() throws Exception {
        acme = clientCredentials("portal-api");
        globex = clientCredentials("portal-api-globex");
        brightpath = clientCredentials("portal-api-brightpath");
    }

    @Test
    void theTokensCarryTheClaimsTheApiReads() {
        JsonObject claims = claims(acme);
        assertEquals("acme", claims.getString("vendor"));
        assertTrue(strings(claims.getJsonArray("aud")).contains("portal-api"), "audience portal-api");
        assertTrue(strings(claims.getJsonArray("groups")).contains("vendor-integration"));
        assertEquals("globex", claims(globex).getString("vendor"));
        JsonObject partner = claims(brightpath);
        assertEquals("acme", partner.getString("vendor"));
        assertEquals("brightpath", partner.getString("partner"));
        assertTrue(strings(partner.getJsonArray("groups")).contains("partner-admin"));
        assertTrue(strings(partner.getJsonArray("aud")).contains("portal-api"), "a valid token for the API, only its role differs");
    }

    @Test
    void acmesTokenListsAcmesPartnersAndNoneOfGlobexs() throws Exception {
        Answer answer = get("/partners?limit=100", acme);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        JsonObject page = answer.json();
        assertEquals(30, page.getInt("total"));
        assertEquals(0, page.getInt("offset"));
        assertEquals(100, page.getInt("limit"));
        List<String> names = names(page);
        assertEquals(30, names.size());
        assertTrue(names.containsAll(List.of("Brightpath Solutions", "Orbit Integrations")), names::toString);
        assertFalse(names.contains("Summit Resellers"), "Globex's partner listed for Acme");

        JsonObject brightpathItem = items(page).stream().filter(p -> p.getString("code").equals("brightpath"))
                .findFirst().orElseThrow();
        assertEquals("Brightpath Solutions", brightpathItem.getString("name"));
        assertEquals("RESELLER", brightpathItem.getString("type"));
        assertEquals("Gold", brightpathItem.getString("tier"));
        assertTrue(brightpathItem.getString("joinedOn").matches("\\d{4}-\\d{2}-\\d{2}"), brightpathItem::toString);
        assertFalse(brightpathItem.containsKey("id"), "database ids stay inside");
    }

    @Test
    void globexsTokenListsOnlyGlobexsPartners() throws Exception {
        Answer answer = get("/partners?limit=100", globex);
        assertEquals(200, answer.status(), answer.body());
        List<String> names = names(answer.json());
        assertTrue(names.contains("Summit Resellers"), names::toString);
        assertFalse(names.contains("Brightpath Solutions"), "Acme's partner listed for Globex");
        assertEquals(names.size(), answer.json().getInt("total"));
    }

    @Test
    void pagesWalkTheWholeListInOrderWithoutGapsOrRepeats() throws Exception {
        List<String> all = codes(get("/partners?limit=100", acme).json());
        List<String> walked = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 7) {
            JsonObject page = get("/partners?offset=" + offset + "&limit=7", acme).json();
            assertEquals(offset, page.getInt("offset"));
            assertEquals(7, page.getInt("limit"));
            assertEquals(30, page.getInt("total"));
            walked.addAll(codes(page));
        }
        assertEquals(all, walked);
        assertEquals(2, items(get("/partners?offset=28&limit=7", acme).json()).size());
        assertTrue(items(get("/partners?offset=30", acme).json()).isEmpty());

        JsonObject first = get("/partners", acme).json();
        assertEquals(0, first.getInt("offset"));
        assertEquals(20, first.getInt("limit"), "default limit");
        assertEquals(all.subList(0, 20), codes(first));
    }

    @Test
    void aPartnerIsReadByItsCode() throws Exception {
        Answer answer = get("/partners/orbit-integrations", acme);
        assertEquals(200, answer.status(), answer.body());
        JsonObject partner = answer.json();
        assertEquals("orbit-integrations", partner.getString("code"));
        assertEquals("Orbit Integrations", partner.getString("name"));
        assertEquals("TECHNOLOGY", partner.getString("type"));
        assertEquals("Silver", partner.getString("tier"));
    }

    @Test
    void anotherVendorsPartnerAnswers404ExactlyLikeAnUnknownCode() throws Exception {
        Answer foreign = get("/partners/brightpath", globex);
        assertProblem(foreign, 404, "about:blank", "Not Found");
        assertFalse(foreign.body().contains("Brightpath Solutions"), foreign.body());
        Answer unknown = get("/partners/no-such-partner", globex);
        assertProblem(unknown, 404, "about:blank", "Not Found");
        assertEquals(unknown.body().replace("no-such-partner", "CODE"), foreign.body().replace("brightpath", "CODE"),
                "another vendor's partner looks exactly like a missing one");

        Answer other = get("/partners/summit-resellers", acme);
        assertProblem(other, 404, "about:blank", "Not Found");
        assertFalse(other.body().contains("Summit Resellers"), other.body());
    }

    @Test
    void aPartnersTokenIsForbiddenOnTheVendorEndpoints() throws Exception {
        Answer list = get("/partners", brightpath);
        assertProblem(list, 403, "about:blank", "Forbidden");
        Answer own = get("/partners/brightpath", brightpath);
        assertProblem(own, 403, "about:blank", "Forbidden");
        assertFalse(own.body().contains("Brightpath Solutions"), own.body());
        assertEquals(list.body(), own.body());
    }

    @Test
    void noTokenAnswers401WithAChallenge() throws Exception {
        Answer answer = get("/partners", null);
        assertProblem(answer, 401, "about:blank", "Unauthorized");
        assertEquals("Bearer realm=\"portal\"", answer.header("WWW-Authenticate"));
        assertEquals(401, get("/partners/brightpath", null).status());
        assertEquals(401, send(request("/partners").header("Authorization", "Basic YWxpY2U6ZGVtbw==")).status(),
                "the API has one login mechanism: bearer tokens");
    }

    @Test
    void tokensThatFailVerificationAnswer401() throws Exception {
        String forgedVendor = withClaim(acme, "vendor", "globex");
        String webToken = authorizationCodeToken("alice", "demo");
        JsonObject webClaims = claims(webToken);
        assertEquals("acme", webClaims.getString("vendor"), "a real vendor-admin token of the realm...");
        assertTrue(strings(webClaims.getJsonArray("groups")).contains("vendor-admin"));
        assertFalse(audience(webClaims).contains("portal-api"), "...minted for the web client, not for the API");

        Map<String, String> tokens = Map.of(
                "not a JWT", "not-a-jwt",
                "signature that does not match the claims", forgedVendor,
                "token for another client (no portal-api audience)", webToken);
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            Answer answer = get("/partners", token.getValue());
            assertEquals(401, answer.status(), token.getKey() + ": " + answer.body());
            assertProblem(answer, 401, "about:blank", "Unauthorized");
            assertEquals("Bearer realm=\"portal\", error=\"invalid_token\"", answer.header("WWW-Authenticate"), token.getKey());
        }
    }

    @Test
    void badPagingParametersAnswer400NamingEachParameter() throws Exception {
        for (String limit : List.of("0", "101", "1000", "-5")) {
            Answer answer = get("/partners?limit=" + limit, acme);
            assertProblem(answer, 400, INVALID_PARAMETERS, "Invalid parameters");
            assertEquals(List.of("limit query must be between 1 and 100"), errors(answer), "limit=" + limit);
        }
        assertEquals(List.of("limit query must be a whole number"), errors(get("/partners?limit=abc", acme)));
        assertEquals(List.of("offset query must be a whole number"), errors(get("/partners?offset=1.5", acme)));

        Answer both = get("/partners?offset=-1&limit=0", acme);
        assertProblem(both, 400, INVALID_PARAMETERS, "Invalid parameters");
        assertEquals(List.of("limit query must be between 1 and 100", "offset query must be 0 or more"), errors(both));
        assertEquals("2 parameters of the request are invalid.", both.json().getString("detail"));

        assertEquals(List.of("code path must be a partner code: lower-case letters, digits and '-'"),
                errors(get("/partners/Not_A_Code", acme)));
    }

    @Test
    void unknownUrlsAndMethodsAnswerProblemsToo() throws Exception {
        assertProblem(get("/nothing-here", acme), 404, "about:blank", "Not Found");
        Answer post = send(request("/partners").header("Authorization", "Bearer " + acme)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertProblem(post, 405, "about:blank", "Method Not Allowed");
    }

    @Test
    void anIntegrationImportsDealsAllOrNothingAndReimportingUpdatesNothing() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String deals = "[" + deal(tag + "-1", "brightpath", "42000") + "," + deal(tag + "-2", "brightpath", "8000") + "]";
        Answer first = post("/records/deals", acme, deals);
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.json().getInt("created"));
        Answer again = post("/records/deals", acme, deals);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("created"));
        assertEquals(2, again.json().getInt("unchanged"));

        String oneBad = "[" + deal(tag + "-3", "brightpath", "5000") + "," + deal(tag + "-4", "no-such-partner", "-3") + "]";
        Answer refused = post("/records/deals", acme, oneBad);
        assertProblem(refused, 422, INVALID_RECORDS, "Invalid records");
        List<String> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("in") + " " + e.getString("name")).toList();
        assertTrue(errors.containsAll(List.of("body[2] partner_code", "body[2] amount")), errors::toString);
        assertTrue(errors.stream().allMatch(e -> e.startsWith("body[2]")), "the good record is not blamed: " + errors);
        Answer unchanged = post("/records/deals", acme, "[" + deal(tag + "-3", "brightpath", "5000") + "]");
        assertEquals(1, unchanged.json().getInt("created"), "nothing of the refused request was kept: " + unchanged.body());
    }

    @Test
    void anotherVendorCannotImportForThisVendorsPartnerAndAPartnerCannotImportAtAll() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        Answer globexTries = post("/records/deals", globex, "[" + deal(tag, "brightpath", "1000") + "]");
        assertProblem(globexTries, 422, INVALID_RECORDS, "Invalid records");
        assertTrue(globexTries.body().contains("unknown partner code 'brightpath'"), globexTries.body());
        assertProblem(post("/records/deals", brightpath, "[" + deal(tag, "brightpath", "1000") + "]"),
                403, "about:blank", "Forbidden");
        assertProblem(post("/records/deals", acme, "{\"not\": \"an array\"}"), 400, "about:blank", "Bad Request");
        assertProblem(post("/records/invoices", acme, "[]"), 404, "about:blank", "Not Found");
        Answer columns = get("/records/deals/columns", acme);
        assertEquals(200, columns.status(), columns.body());
        assertTrue(columns.body().contains("\"external_id\""), columns.body());
    }

    @Test
    void aVendorReadsAScorecardAndAnotherVendorOrAPartnerTokenCannot() throws Exception {
        String quarter = com.partnerqbr.portal.kernel.Quarter.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .previous().toString();
        Answer card = get("/scorecards/" + quarter + "/brightpath", acme);
        assertEquals(200, card.status(), card.body());
        JsonObject json = card.json();
        assertEquals("Brightpath Solutions", json.getString("partnerName"));
        assertEquals(10, json.getJsonArray("figures").size());
        assertEquals(4, json.getJsonArray("figures").getJsonObject(0).getJsonArray("trend").size());
        assertTrue(json.getJsonArray("talkingPoints").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("flag").equals("WIN_RATE_DROP")), card.body());
        assertProblem(get("/scorecards/" + quarter + "/brightpath", globex), 404, "about:blank", "Not Found");
        assertProblem(get("/scorecards/" + quarter + "/brightpath", brightpath), 403, "about:blank", "Forbidden");
        assertEquals(List.of("quarter path must be a quarter like 2026-Q3"),
                errors(get("/scorecards/2026-Q5/brightpath", acme)));
    }

    @Test
    void anIntegrationRefreshesAQuarterAndFrozenScorecardsStay() throws Exception {
        String frozen = com.partnerqbr.portal.kernel.Quarter.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .minus(3).toString();
        Answer refreshed = post("/scorecards/" + frozen + "/refresh", globex, "");
        assertEquals(200, refreshed.status(), refreshed.body());
        assertEquals(30, refreshed.json().getInt("frozenKept"), "the demo froze this quarter: " + refreshed.body());
        assertEquals(0, refreshed.json().getInt("refreshed"));
        assertProblem(post("/scorecards/" + frozen + "/refresh", brightpath, ""), 403, "about:blank", "Forbidden");
    }

    @Test
    void aPartnerUsersSignInCountsAsAPortalLogin() throws Exception {
        String quarter = com.partnerqbr.portal.kernel.Quarter.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC)).toString();
        int before = logins(quarter);
        Browser.signIn("sam", "demo");
        Browser.signIn("alice", "demo");
        assertEquals(200, post("/scorecards/" + quarter + "/refresh", acme, "").status());
        assertEquals(before + 1, logins(quarter), "sam's sign-in counts for Brightpath; alice is vendor staff");
    }

    /** Brightpath's portal logins this quarter, as its engagement figure's breakdown says ("12 logins · ..."). */
    private static int logins(String quarter) throws Exception {
        assertEquals(200, post("/scorecards/" + quarter + "/refresh", acme, "").status());
        JsonObject engagement = get("/scorecards/" + quarter + "/brightpath", acme).json().getJsonArray("figures")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("metric").equals("ENGAGEMENT_SCORE"))
                .findFirst().orElseThrow();
        return Integer.parseInt(engagement.getString("detail").split(" logins")[0]);
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> names(JsonObject page) {
        return items(page).stream().map(p -> p.getString("name")).toList();
    }

    private static List<String> codes(JsonObject page) {
        return items(page).stream().map(p -> p.getString("code")).toList();
    }
}
