package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.ApiClient.API;
import static com.partnerqbr.portal.it.ApiClient.INVALID_RECORDS;
import static com.partnerqbr.portal.it.ApiClient.OPENAPI;
import static com.partnerqbr.portal.it.ApiClient.assertProblem;
import static com.partnerqbr.portal.it.ApiClient.clientCredentials;
import static com.partnerqbr.portal.it.ApiClient.deal;
import static com.partnerqbr.portal.it.ApiClient.get;
import static com.partnerqbr.portal.it.ApiClient.openApi;
import static com.partnerqbr.portal.it.ApiClient.post;
import static com.partnerqbr.portal.it.ApiClient.request;
import static com.partnerqbr.portal.it.ApiClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.it.ApiClient.Answer;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the API does with bad input (issue 12, items 1 and 2): every body is bounded before
 * anything in it is converted, every refusal is a 4xx problem document, nothing of a
 * refused request is written, and the server stays healthy. And its contract: the OpenAPI
 * document it serves passes a standard validator.
 */
class ApiInputIT {

    private static String acme;

    @BeforeAll
    static void token() throws Exception {
        acme = clientCredentials("portal-api");
    }

    @Test
    void aNumberOfABillionDigitsIsRefusedNamingItsFieldAndTheServerStaysHealthy() throws Exception {
        Answer huge = post("/records/deals", acme, "[{\"amount\":1e999999999}]");
        assertProblem(huge, 422, INVALID_RECORDS, "Invalid records");
        assertTrue(huge.body().contains("{\"name\":\"amount\",\"in\":\"body[1]\",\"reason\":\"1e999999999 is out of"
                + " range: numbers have at most 40 digits before and 40 after the decimal point\"}"), huge.body());

        String tag = UUID.randomUUID().toString().substring(0, 8);
        Answer longText = post("/records/deals", acme, "[" + deal(tag, "brightpath", "\"1" + "0".repeat(1_000_000)
                + "\"") + "]");
        assertProblem(longText, 422, INVALID_RECORDS, "Invalid records");
        assertTrue(longText.body().contains("(1000001 characters) has too many digits"), longText.body());
        assertTrue(longText.body().length() < 1_000, "the problem quotes the value, not all of it");

        assertEquals(200, get("/partners?limit=1", acme).status(), "the next request is served");
        Answer good = post("/records/deals", acme, "[" + deal(tag, "brightpath", "1.5e3") + "]");
        assertEquals(200, good.status(), good.body());
        assertEquals(1, good.json().getInt("created"));
    }

    @Test
    void bodiesThatAreNotOneJsonArrayAnswer400AndWriteNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = deal(tag + "-1", "brightpath", "1000");
        String second = deal(tag + "-2", "brightpath", "2000");
        assertBadRequest("the body is not valid JSON: it ends before its array does", "[{\"external_id\":");
        assertBadRequest("the body is empty: send a JSON array of deals, one object each", "");
        assertBadRequest("the body nests values deeper than 32 levels; a record's values are text, numbers, true,"
                + " false or null", "[" + "[".repeat(100_000) + "]".repeat(100_000) + "]");
        assertBadRequest("the body goes on after its array ends: send one JSON array and nothing after it",
                "[" + first + "] [" + second + "]");
        assertBadRequest("the body goes on after its array ends: send one JSON array and nothing after it",
                "[" + first + "]garbage");

        Answer again = post("/records/deals", acme, "[" + first + "," + second + "]");
        assertEquals(200, again.status(), again.body());
        assertEquals(2, again.json().getInt("created"), "nothing of the refused bodies was written");
    }

    @Test
    void aBodyOverTenMegabytesAnswers413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] eleven = ("[" + " ".repeat(11 * 1024 * 1024) + "]").getBytes(StandardCharsets.US_ASCII);
        Answer declared = send(records(acme).expectContinue(true).POST(HttpRequest.BodyPublishers.ofByteArray(eleven)));
        assertProblem(declared, 413, "about:blank", "Request Entity Too Large");
        assertTrue(declared.json().getString("detail").contains("at most 10485760 bytes (10 MB)"), declared.body());
        byte[] justOver = ("[" + " ".repeat(10 * 1024 * 1024 - 1) + "]").getBytes(StandardCharsets.US_ASCII);
        Answer chunked = send(records(acme).POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(justOver))));
        assertProblem(chunked, 413, "about:blank", "Request Entity Too Large");
        assertEquals(200, get("/partners?limit=1", acme).status());
    }

    @Test
    void datesOutsideThePlausibleRangeAreRefusedNamingTheField() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Answer refused = post("/records/deals", acme, "[" + deal(tag, "brightpath", "100")
                .replace("\"identified_on\": \"2025-01-05\"", "\"identified_on\": \"0000-01-01\"") + "]");
        assertProblem(refused, 422, INVALID_RECORDS, "Invalid records");
        assertTrue(refused.body().contains("{\"name\":\"identified_on\",\"in\":\"body[1]\",\"reason\":\"0000-01-01 is"
                + " outside the dates the program takes, 2000-01-01 to 2099-12-31\"}"), refused.body());
    }

    @Test
    void deleteIsNotAllowedWithOrWithoutABody() throws Exception {
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.noBody(),
                HttpRequest.BodyPublishers.ofString("{}"))) {
            Answer delete = send(request("/partners/brightpath").header("Authorization", "Bearer " + acme)
                    .header("Content-Type", "application/json").method("DELETE", body));
            assertProblem(delete, 405, "about:blank", "Method Not Allowed");
            assertEquals("GET, OPTIONS", delete.header("Allow"));
        }
        assertEquals(200, get("/partners/brightpath", acme).status(), "still there");
    }

    /**
     * Payara refuses an encoded NUL before any application runs: "400 Invalid URI" with no body
     * (no setting gives that answer words: README, "Limits"). What holds: a 400, never the
     * application's 500, and the server goes on serving.
     */
    @Test
    void anEncodedNulInAUrlIsRefusedBeforeTheApiAndTheServerStaysHealthy() throws Exception {
        for (String path : List.of("/partners/a%00b", "/records/deals%00")) {
            Answer nul = get(path, acme);
            assertEquals(400, nul.status(), path + ": " + nul.body());
        }
        assertEquals(200, get("/partners?limit=1", acme).status(), "the next request is served");
    }

    @Test
    void theBearerSchemeIsReadInAnyLetterCase() throws Exception {
        for (String scheme : List.of("bearer", "BEARER", "Bearer")) {
            Answer answer = send(request("/partners/brightpath").header("Authorization", scheme + " " + acme).GET());
            assertEquals(200, answer.status(), scheme + ": " + answer.body());
            assertEquals("Brightpath Solutions", answer.json().getString("name"));
        }
    }

    @Test
    void theOpenApiDocumentIsValidOpenApi30AndDescribesTheApi() throws Exception {
        Answer served = openApi();
        assertEquals(200, served.status(), served.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, options);
        assertEquals(List.of(), result.getMessages(), "a standard validator's messages");
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3.0"), result.getOpenAPI().getOpenapi());

        JsonObject document = served.json();
        assertFalse(document.containsKey("endpoints"), "no member outside the OpenAPI schema");
        assertEquals("Partner QBR portal API", document.getJsonObject("info").getString("title"));
        JsonObject paths = document.getJsonObject("paths");
        assertEquals(List.of("/v1/operator/vendors", "/v1/partners", "/v1/partners/{code}", "/v1/records/{kind}",
                "/v1/records/{kind}/columns", "/v1/scorecards/{quarter}/refresh", "/v1/scorecards/{quarter}/{partner}"),
                paths.keySet().stream().sorted().toList());
        for (String path : List.of("/v1/records/{kind}", "/v1/records/{kind}/columns")) {
            JsonObject operation = paths.getJsonObject(path).values().iterator().next().asJsonObject();
            JsonObject kind = operation.getJsonArray("parameters").getJsonObject(0);
            assertEquals("kind", kind.getString("name"));
            assertTrue(kind.getBoolean("required"), path);
        }
        JsonObject list = paths.getJsonObject("/v1/partners").getJsonObject("get");
        assertEquals(List.of("offset", "limit"), list.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).toList());
        assertTrue(list.getJsonObject("responses").keySet().containsAll(List.of("200", "400", "401", "403")));
        assertEquals("bearer", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("bearer").getString("scheme"));
        assertFalse(served.body().contains("\"maxProperties\":0"), "no schema forbids its own properties");

        List<JsonObject> servers = document.getJsonArray("servers").getValuesAs(JsonObject.class);
        assertEquals(1, servers.size(), servers::toString);
        URI server = URI.create(OPENAPI).resolve(servers.get(0).getString("url"));
        assertEquals(API, server + "/v1", "the server is where the portal answers (127.0.0.1), whatever its port");
    }

    private static HttpRequest.Builder records(String token) {
        return request("/records/deals").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static void assertBadRequest(String detail, String body) throws Exception {
        Answer answer = post("/records/deals", acme, body);
        assertProblem(answer, 400, "about:blank", "Bad Request");
        assertEquals(detail, answer.json().getString("detail"));
    }
}
