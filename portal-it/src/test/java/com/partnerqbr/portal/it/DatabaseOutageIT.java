package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.ApiClient.assertProblem;
import static com.partnerqbr.portal.it.ApiClient.clientCredentials;
import static com.partnerqbr.portal.it.ApiClient.get;
import static com.partnerqbr.portal.it.ApiClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.it.ApiClient.Answer;
import com.partnerqbr.portal.stack.PortalStack;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A real database outage (issue 12, item 14): the test stack's MariaDB is stopped while
 * Payara and Keycloak run on. An API request and a signed-in person's page meanwhile answer
 * 503 with Retry-After and words, not 500; an import meanwhile writes nothing; once the
 * database is back the portal answers again by itself. The database is started again whatever happens.
 */
class DatabaseOutageIT {

    @Test
    void duringAnOutageTheApiAndThePagesAnswer503WithRetryAfterWriteNothingAndRecoverByThemselves() throws Exception {
        PortalStack stack = StackSession.stack();
        assertNotNull(stack, "runs inside the test stack");
        String acme = clientCredentials("portal-api");
        assertEquals(200, get("/partners?limit=1", acme).status());
        Browser.Page home = Browser.signIn("paula", "demo");
        assertEquals(200, home.status());
        assertTrue(home.text().contains("Brightpath"), home.text());
        String target = "[{\"external_id\": \"OUTAGE-" + UUID.randomUUID().toString().substring(0, 8)
                + "\", \"partner_code\": \"brightpath\", \"quarter\": \"2031-Q1\", \"revenue_target\": 1000,"
                + " \"currency\": \"USD\"}]";

        stack.stopDatabase();
        try {
            Answer list = get("/partners?limit=1", acme);
            assertProblem(list, 503, "about:blank", "Service Unavailable");
            assertEquals("30", list.header("Retry-After"));
            Answer importing = post("/records/targets", acme, target);
            assertProblem(importing, 503, "about:blank", "Service Unavailable");
            assertEquals("30", importing.header("Retry-After"));
            Browser.Page page = home.browser().get(Browser.BASE + "/partner/scorecard.xhtml");
            assertEquals(503, page.status(), page.text());
            assertEquals("30", page.response().headers().firstValue("Retry-After").orElse(null));
            assertTrue(page.text().contains("The portal cannot reach its database just now. Nothing was changed"),
                    page.text());
        } finally {
            stack.startDatabase();
        }

        Answer back = awaitServed(acme, Duration.ofSeconds(90));
        assertEquals(200, back.status(), back.body());
        Answer imported = post("/records/targets", acme, target);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, imported.json().getInt("created"), "the import during the outage wrote nothing");
        Browser.Page again = home.browser().get(Browser.BASE + "/partner/scorecard.xhtml");
        assertEquals(200, again.status(), again.text());
    }

    /** The first answer that is not a 503 within the time given; the portal reconnects by itself. */
    private static Answer awaitServed(String token, Duration within) throws Exception {
        Instant end = Instant.now().plus(within);
        Answer answer = get("/partners?limit=1", token);
        while (answer.status() == 503 && Instant.now().isBefore(end)) {
            Thread.sleep(1_000);
            answer = get("/partners?limit=1", token);
        }
        return answer;
    }
}
