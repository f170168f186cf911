package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.KEYCLOAK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.stack.StackSettings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Keycloak's admin REST API on the portal realm, as the master realm's administrator. */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String token;

    private KeycloakAdmin(String token) {
        this.token = token;
    }

    /** Signs the administrator in (master realm). */
    static KeycloakAdmin signIn() throws Exception {
        StackSettings settings = StackSettings.load(Path.of(System.getProperty("portal.repo")));
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(settings.get("portal.keycloak.admin.user"), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(settings.get("portal.keycloak.admin.password"), StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "admin token");
        return new KeycloakAdmin(Json.createReader(new StringReader(response.body())).readObject().getString("access_token"));
    }

    String userId(String username) throws Exception {
        JsonArray users = get("/users?exact=true&username=" + username).asJsonArray();
        assertEquals(1, users.size(), users.toString());
        return users.getJsonObject(0).getString("id");
    }

    /** GET of a path under /admin/realms/portal, as JSON. */
    JsonStructure get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(realm(path)).GET());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).read();
    }

    /** PUT of a JSON body to a path under /admin/realms/portal. */
    void put(String path, JsonObject body) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(realm(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertEquals(204, response.statusCode(), path + ": " + response.body());
    }

    /** POST without a body to a path under /admin/realms/portal. */
    HttpResponse<String> post(String path) throws Exception {
        return send(HttpRequest.newBuilder(realm(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI realm(String path) {
        return URI.create(KEYCLOAK + "/admin/realms/portal" + path);
    }
}
