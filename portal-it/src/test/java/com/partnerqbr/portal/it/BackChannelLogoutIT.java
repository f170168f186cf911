package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static com.partnerqbr.portal.it.Browser.KEYCLOAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's session ended at Keycloak (here by an administrator, through Keycloak's admin
 * REST API) ends the portal session at once: Keycloak calls the portal's back-channel
 * logout endpoint with a signed logout token. Another user's session goes on; a logout
 * token the realm did not sign ends nothing.
 */
class BackChannelLogoutIT {

    private static final String PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void endingTheUsersKeycloakSessionsEndsThePortalSessionAndNoOneElses() throws Exception {
        Browser max = Browser.signIn("max", PASSWORD).browser();
        Browser greg = Browser.signIn("greg", PASSWORD).browser();
        assertEquals(200, max.get(BASE + "/vendor/partners.xhtml").status());

        KeycloakAdmin admin = KeycloakAdmin.signIn();
        HttpResponse<String> logout = admin.post("/users/" + admin.userId("max") + "/logout");
        assertEquals(204, logout.statusCode(), logout.body());

        Browser.Page again = max.get(BASE + "/vendor/partners.xhtml");
        assertTrue(again.url().startsWith(KEYCLOAK), "the portal session ended: " + again.url());
        assertNotNull(again.html().getElementById("kc-form-login"), "Keycloak asks for credentials again");
        Browser.Page other = greg.get(BASE + "/vendor/partners.xhtml");
        assertEquals(BASE + "/vendor/partners.xhtml", other.url());
        assertTrue(other.text().contains("Globex Systems partner portal"), other.text());
    }

    @Test
    void aLogoutTokenTheRealmDidNotSignEndsNothing() throws Exception {
        Browser gabe = Browser.signIn("gabe", PASSWORD).browser();
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        String realmKey = Json.createReader(new StringReader(HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK
                + "/realms/portal/protocol/openid-connect/certs")).build(), HttpResponse.BodyHandlers.ofString()).body()))
                .readObject().getJsonArray("keys").getJsonObject(0).getString("kid");
        String forged = forgedToken(realmKey, admin.userId("gabe"));

        for (String token : new String[] {forged, "", "not-a-jwt"}) {
            Browser.Page refused = new Browser().post(BASE + "/backchannel-logout", Map.of("logout_token", token));
            assertEquals(400, refused.status(), refused.response().body());
        }
        Browser.Page still = gabe.get(BASE + "/vendor/partners.xhtml");
        assertEquals(BASE + "/vendor/partners.xhtml", still.url());
        assertEquals("gabe", still.textOf("signedInAs"));
    }

    /** A well-formed logout token for the user, naming a real key of the realm, signed with another key. */
    private static String forgedToken(String keyId, String subject) throws Exception {
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"logout+jwt\",\"kid\":\"" + keyId + "\"}");
        String claims = encode(Json.createObjectBuilder().add("iss", KEYCLOAK + "/realms/portal").add("aud", "portal-web")
                .add("iat", Instant.now().getEpochSecond()).add("jti", "forged").add("sub", subject)
                .add("events", Json.createObjectBuilder().add("http://schemas.openid.net/event/backchannel-logout",
                        Json.createObjectBuilder())).build().toString());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(generator.generateKeyPair().getPrivate());
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
