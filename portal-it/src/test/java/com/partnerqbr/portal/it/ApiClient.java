package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static com.partnerqbr.portal.it.Browser.KEYCLOAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The REST API as its tests call it: requests with real access tokens from Keycloak's token
 * endpoint (client credentials of the realm's API clients, throw-away demo secrets read from
 * the realm file), answers, and what a problem document must look like. No token or secret
 * is ever put in an assertion message.
 */
final class ApiClient {

    static final String API = System.getProperty("portal.it.api.url");
    static final String OPENAPI = System.getProperty("portal.it.openapi.url");
    static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/portal/protocol/openid-connect/token";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String INVALID_PARAMETERS = "urn:partnerqbr:problem:invalid-parameters";

    static final String INVALID_RECORDS = "urn:partnerqbr:problem:invalid-records";

    /**
     * HTTP/1.1, as integrations usually speak it: Java's default would upgrade to HTTP/2 on
     * the first request, and a stream the server resets (a refused body) would break the
     * connection every later test shares.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ApiClient() {
    }

    static Answer post(String path, String token, String json) throws IOException, InterruptedException {
        return send(request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A won deal of 2025-Q1 as an import record, with the given amount as written in the JSON. */
    static String deal(String id, String partner, String amount) {
        return "{\"external_id\": \"" + id + "\", \"partner_code\": \"" + partner + "\", \"customer\": \"Contoso\","
                + " \"amount\": " + amount + ", \"currency\": \"USD\", \"origin\": \"sourced\", \"stage\": \"won\","
                + " \"stage_entered_on\": \"2025-03-10\", \"identified_on\": \"2025-01-05\","
                + " \"registered_on\": \"2025-01-09\", \"created_on\": \"2025-01-06\", \"closed_on\": \"2025-03-10\"}";
    }

    /** The OpenAPI document as the portal serves it, in JSON. */
    static Answer openApi() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(OPENAPI)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET());
    }

    record Answer(int status, String body, HttpResponse<String> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonObject json() {
            return parse(body);
        }
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
    }

    static Answer get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }

    static void assertProblem(Answer answer, int status, String type, String title) {
        assertEquals(status, answer.status(), answer.body());
        assertNotNull(answer.contentType(), "a problem has a media type");
        assertTrue(answer.contentType().startsWith(PROBLEM_JSON), answer.contentType() + ": " + answer.body());
        JsonObject problem = answer.json();
        assertEquals(type, problem.getString("type"));
        assertEquals(title, problem.getString("title"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(answer.body().contains("Exception") || answer.body().contains(".java"), answer.body());
        if (!INVALID_PARAMETERS.equals(type) && !INVALID_RECORDS.equals(type)) {
            assertNull(problem.get("errors"));
        }
    }

    /** The problem's errors as "name in reason". */
    static List<String> errors(Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("name") + " " + e.getString("in") + " " + e.getString("reason"))
                .toList();
    }


    // ---- tokens

    /** An access token of one of the realm's API clients, by the client-credentials grant. */
    static String clientCredentials(String clientId) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", demoSecret(clientId)));
    }

    /**
     * Alice's access token as the portal's web client receives it: the authorization-code
     * flow through the real login form, the code exchanged with the web client's secret.
     */
    static String authorizationCodeToken(String user, String password) throws IOException, InterruptedException {
        String redirect = BASE + "/Callback";
        Browser browser = new Browser(HttpClient.Redirect.NEVER);
        Browser.Page login = browser.get(KEYCLOAK + "/realms/portal/protocol/openid-connect/auth?client_id=portal-web"
                + "&response_type=code&scope=openid&state=api-it&redirect_uri=" + encode(redirect));
        assertEquals(200, login.status(), "Keycloak's login form");
        Browser.Page back = login.submit("kc-form-login", Map.of("username", user, "password", password));
        assertEquals(302, back.status(), "redirect back to the portal with a code");
        String location = back.header("Location");
        assertTrue(location.startsWith(redirect + "?"), "redirected to the web client");
        Map<String, String> query = Arrays.stream(URI.create(location).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return token(Map.of("grant_type", "authorization_code", "code", query.get("code"), "redirect_uri", redirect,
                "client_id", "portal-web", "client_secret", demoSecret("portal-web")));
    }

    private static String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        // An error answer carries no token; a successful one is never printed.
        assertEquals(200, response.statusCode(), () -> "token endpoint refused " + form.get("grant_type") + " for "
                + form.get("client_id") + ": " + response.body());
        return parse(response.body()).getString("access_token");
    }

    /** The throw-away demo secret of a client, from the realm file the stack imports. */
    private static String demoSecret(String clientId) throws IOException {
        Path realm = Path.of(System.getProperty("portal.repo"), "config/keycloak/portal-realm.json");
        return parse(Files.readString(realm)).getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(client -> client.getString("clientId").equals(clientId))
                .map(client -> client.getString("secret"))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId + " in the realm file"));
    }

    /** The token's claims (its payload, read without checking the signature: the API does that). */
    static JsonObject claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** The same token with one claim changed and the original signature kept. */
    static String withClaim(String jwt, String claim, String value) {
        String[] parts = jwt.split("\\.");
        JsonObject changed = Json.createObjectBuilder(claims(jwt)).add(claim, value).build();
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.toString().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    static List<String> audience(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud == null) {
            return List.of();
        }
        return aud instanceof JsonString single ? List.of(single.getString()) : strings(aud.asJsonArray());
    }

    // ---- JSON

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }


    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
