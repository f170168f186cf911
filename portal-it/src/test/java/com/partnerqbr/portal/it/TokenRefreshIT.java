package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/**
 * A signed-in session outlives its tokens: when the access and identity tokens expire, the
 * portal refreshes them at Keycloak (tokenAutoRefresh) and the user goes on working. Real
 * expiry: for the test's half minute the portal's client at Keycloak issues 20-second tokens
 * (the realm's are 5 minutes); Keycloak's own event log shows the refresh.
 */
class TokenRefreshIT {

    private static final int LIFESPAN_SECONDS = 20;
    private static final String LIFESPAN = "access.token.lifespan";
    private static final String PAGE = "/vendor/partners.xhtml";
    private static final String PROGRAM = "/vendor/program.xhtml";

    @Test
    void aSessionKeepsWorkingAfterItsTokensExpireAndTheRefreshIsKeycloaks() throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        JsonObject client = admin.get("/clients?clientId=portal-web").asJsonArray().getJsonObject(0);
        String clientPath = "/clients/" + client.getString("id");
        JsonObject events = admin.get("/events/config").asJsonObject();
        try {
            admin.put("/events/config", Json.createObjectBuilder(events).add("eventsEnabled", true)
                    .add("enabledEventTypes", Json.createArrayBuilder().add("REFRESH_TOKEN").add("CODE_TO_TOKEN"))
                    .build());
            admin.put(clientPath, withLifespan(client, Json.createObjectBuilder(client.getJsonObject("attributes"))
                    .add(LIFESPAN, String.valueOf(LIFESPAN_SECONDS))));

            Browser greg = Browser.signIn("greg", "demo").browser();
            String user = admin.userId("greg");
            assertWorks(greg.get(BASE + PAGE), PAGE);
            assertEquals(0, events(admin, "REFRESH_TOKEN", user), "no refresh while the tokens are fresh");

            Thread.sleep((LIFESPAN_SECONDS + 5) * 1000L);

            // Not a silent new sign-in at Keycloak, which would land on greg's home: the page asked
            // for, one code exchanged (the sign-in), and a refresh.
            assertWorks(greg.get(BASE + PROGRAM), PROGRAM);
            assertTrue(events(admin, "REFRESH_TOKEN", user) >= 1, "the portal refreshed greg's expired tokens");
            assertEquals(1, events(admin, "CODE_TO_TOKEN", user), "greg signed in once");
            assertWorks(greg.get(BASE + PAGE), PAGE);
        } finally {
            // Keycloak keeps attributes a PUT leaves out; an empty lifespan is the realm's again.
            JsonObject now = admin.get(clientPath).asJsonObject();
            admin.put(clientPath, withLifespan(now, Json.createObjectBuilder(now.getJsonObject("attributes"))
                    .add(LIFESPAN, client.getJsonObject("attributes").getString(LIFESPAN, ""))));
            admin.put("/events/config", events);
        }
    }

    private static JsonObject withLifespan(JsonObject client, JsonObjectBuilder attributes) {
        return Json.createObjectBuilder(client).add("attributes", attributes).build();
    }

    private static int events(KeycloakAdmin admin, String type, String user) throws Exception {
        return admin.get("/events?type=" + type + "&client=portal-web&user=" + user).asJsonArray().size();
    }

    private static void assertWorks(Browser.Page page, String asked) {
        assertEquals(200, page.status(), page.text());
        assertEquals(BASE + asked, page.url(), "still signed in, not sent to Keycloak");
        assertEquals("greg", page.textOf("signedInAs"), page.text());
        assertTrue(page.text().contains("Globex Systems partner portal"), page.text());
    }
}
