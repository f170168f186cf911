package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static com.partnerqbr.portal.it.Browser.KEYCLOAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The portal realm as an attacker meets it (config/keycloak/portal-realm.json): guessing
 * passwords locks the account for a while, no client hands out tokens for a user name and
 * password, and Keycloak sends codes to the portal's callback only. And as a person meets it:
 * a sign-in page in the portal's name and colours (config/keycloak/themes/portal).
 */
class KeycloakRealmIT {

    private static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/portal/protocol/openid-connect/token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A throw-away demo account of the realm that only this test signs in with. */
    private static final String LOCKOUT_USER = "lockout-demo";

    @Test
    void afterFiveWrongPasswordsTheRightOneIsRefusedForAWhile() throws Exception {
        assertTrue(Browser.signIn(LOCKOUT_USER, "demo").url().startsWith(BASE), "the account signs in before the attack");

        Browser attacker = new Browser();
        for (int guess = 1; guess <= 5; guess++) {
            Browser.Page refused = attacker.get(BASE + "/").submit("kc-form-login",
                    Map.of("username", LOCKOUT_USER, "password", "guess-" + guess));
            assertTrue(refused.url().startsWith(KEYCLOAK), refused.url());
        }
        Browser.Page locked = new Browser().get(BASE + "/").submit("kc-form-login",
                Map.of("username", LOCKOUT_USER, "password", "demo"));
        assertTrue(locked.url().startsWith(KEYCLOAK), "the right password signed in right after five wrong ones: " + locked.url());
        assertNotNull(locked.html().getElementById("kc-form-login"), "the login form is shown again");

        assertTrue(Browser.signIn("erin", "demo").url().startsWith(BASE), "another account of the vendor is not locked");
    }

    @Test
    void noClientGrantsATokenForAUserNameAndPassword() throws Exception {
        for (String client : List.of("admin-cli", "portal-web", "account", "account-console", "security-admin-console")) {
            HttpResponse<String> response = post(TOKEN_ENDPOINT, Map.of("grant_type", "password", "client_id", client,
                    "username", "erin", "password", "demo"));
            assertTrue(response.statusCode() == 400 || response.statusCode() == 401,
                    client + " answered the password grant with " + response.statusCode() + ": " + response.body());
            assertTrue(!response.body().contains("access_token"), response.body());
        }
        for (JsonValue client : adminGet("/clients").asJsonArray()) {
            JsonObject c = client.asJsonObject();
            assertEquals(false, c.getBoolean("directAccessGrantsEnabled"), c.getString("clientId") + " allows the password grant");
            assertEquals(false, c.getBoolean("implicitFlowEnabled"), c.getString("clientId") + " allows the implicit flow");
        }
    }

    @Test
    void codesGoToThePortalsCallbackOnly() throws Exception {
        Browser browser = new Browser(HttpClient.Redirect.NEVER);
        String auth = KEYCLOAK + "/realms/portal/protocol/openid-connect/auth?client_id=portal-web&response_type=code"
                + "&scope=openid&state=realm-it&redirect_uri=";
        assertEquals(200, browser.get(auth + encode(BASE + "/Callback")).status(), "the callback is allowed");
        for (String elsewhere : List.of(BASE + "/partner/home.xhtml", BASE + "/Callback/../vendor/partners.xhtml",
                "http://127.0.0.1:1/portal/Callback")) {
            Browser.Page refused = browser.get(auth + encode(elsewhere));
            assertEquals(400, refused.status(), elsewhere);
            assertTrue(refused.text().contains("Invalid parameter: redirect_uri"), refused.text());
        }
        JsonObject web = adminGet("/clients?clientId=portal-web").asJsonArray().getJsonObject(0);
        assertEquals(List.of(BASE + "/Callback"), web.getJsonArray("redirectUris").getValuesAs(
                (JsonValue v) -> ((jakarta.json.JsonString) v).getString()));
    }

    @Test
    void theSignInPageLooksLikeThePortalWithTheDemoNoteUnderTheForm() throws Exception {
        Browser.Page login = new Browser().get(BASE + "/");
        assertTrue(login.url().startsWith(KEYCLOAK), login.url());
        org.jsoup.nodes.Document page = login.html();
        assertEquals("Partner portal", page.getElementById("kc-header-wrapper").text());
        assertEquals("Sign in to the partner portal", page.title());
        org.jsoup.nodes.Element form = page.getElementById("kc-form-login");
        org.jsoup.nodes.Element note = page.getElementById("portal-demo-note");
        assertNotNull(note, "the demo note");
        assertTrue(note.text().startsWith("Demo realm: throw-away demo accounts"), note.text());
        assertTrue(page.getAllElements().indexOf(note) > page.getAllElements().indexOf(form), "the note comes after the form");
        assertTrue(page.select("link[rel=stylesheet]").stream().anyMatch(l -> l.attr("href").endsWith("/css/portal.css")),
                "the portal's stylesheet");
    }

    private static JsonValue adminGet(String path) throws Exception {
        return KeycloakAdmin.signIn().get(path);
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
