package com.partnerqbr.portal.people;

import com.partnerqbr.portal.kernel.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The people's accounts at the identity provider (Keycloak), changed through its admin REST API
 * with the portal's service account ({@code portal-people}: a confidential client whose service
 * account holds realm-management's {@code manage-users} and {@code view-users} and nothing else).
 * Called with {@code java.net.http} rather than {@code keycloak-admin-client}: that library brings
 * RESTEasy, whose jars declare themselves as the JAX-RS runtime, client builder and providers, and
 * a second JAX-RS implementation in the EAR beside Payara's Jersey would compete with it for the
 * portal's own REST API. Neither the secret nor a token is ever logged.
 */
@ApplicationScoped
public class IdentityAccounts {

    private static final Logger LOG = Logger.getLogger(IdentityAccounts.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** How long the "set your password" link of an invitation works: a week. */
    static final Duration INVITATION_LIFESPAN = Duration.ofDays(7);

    /** An account to create: the address is also the user name. */
    public record NewAccount(String email, String firstName, String lastName, String vendorCode, String partnerCode) {
    }

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri", defaultValue = "http://127.0.0.1:28180/realms/portal")
    private String issuer;

    @Inject
    @ConfigProperty(name = "portal.people.client-id", defaultValue = "portal-people")
    private String clientId;

    @Inject
    @ConfigProperty(name = "portal.people.client-secret", defaultValue = "")
    private String clientSecret;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "portal-web")
    private String portalClientId;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private String token;
    private Instant tokenUntil = Instant.EPOCH;

    /** Creates the enabled account with its vendor and partner attributes; its id. Refused when the address has one. */
    public String create(NewAccount account) {
        JsonObjectBuilder attributes = Json.createObjectBuilder()
                .add("vendor", Json.createArrayBuilder().add(account.vendorCode()));
        if (account.partnerCode() != null) {
            attributes.add("partner", Json.createArrayBuilder().add(account.partnerCode()));
        }
        JsonObject user = Json.createObjectBuilder().add("username", account.email()).add("email", account.email())
                .add("firstName", account.firstName()).add("lastName", account.lastName())
                .add("enabled", true).add("emailVerified", true).add("attributes", attributes).build();
        HttpResponse<String> created = send("POST", "/users", user);
        if (created.statusCode() == 409) {
            throw new RefusedException(account.email() + " already has an account in the portal; it cannot be invited"
                    + " again. Nothing was changed.");
        }
        expect(created, 201, "create the account");
        String location = created.headers().firstValue("Location").orElseThrow(() -> unavailable("no account id"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The account of this user name, when there is one. */
    public Optional<JsonObject> byUsername(String username) {
        HttpResponse<String> found = send("GET", "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        expect(found, 200, "find the account");
        JsonArray users = read(found.body()).asJsonArray();
        return users.isEmpty() ? Optional.empty() : Optional.of(users.getJsonObject(0));
    }

    /** The account of this id; empty when it no longer exists. */
    public Optional<JsonObject> byId(String id) {
        HttpResponse<String> found = send("GET", "/users/" + id, null);
        if (found.statusCode() == 404) {
            return Optional.empty();
        }
        expect(found, 200, "read the account");
        return Optional.of(read(found.body()).asJsonObject());
    }

    /** The value of an account's one-valued attribute ({@code vendor}, {@code partner}); null when it has none. */
    public static String attribute(JsonObject account, String name) {
        JsonObject attributes = account.getJsonObject("attributes");
        JsonArray values = attributes == null ? null : attributes.getJsonArray(name);
        return values == null || values.isEmpty() ? null : values.getString(0);
    }

    /** Gives the account this realm role and takes every other of {@code portalRoles} it has. */
    public void setRole(String id, String role, Set<String> portalRoles) {
        HttpResponse<String> held = send("GET", "/users/" + id + "/role-mappings/realm", null);
        expect(held, 200, "read the account's roles");
        JsonArrayBuilder taken = Json.createArrayBuilder();
        boolean hasIt = false;
        for (JsonValue value : read(held.body()).asJsonArray()) {
            String name = value.asJsonObject().getString("name");
            if (name.equals(role)) {
                hasIt = true;
            } else if (portalRoles.contains(name)) {
                taken.add(value);
            }
        }
        JsonArray toTake = taken.build();
        if (!toTake.isEmpty()) {
            expect(send("DELETE", "/users/" + id + "/role-mappings/realm", toTake), 204, "take the old role");
        }
        if (!hasIt) {
            HttpResponse<String> available = send("GET", "/users/" + id + "/role-mappings/realm/available", null);
            expect(available, 200, "read the roles that can be given");
            JsonValue wanted = read(available.body()).asJsonArray().stream()
                    .filter(r -> r.asJsonObject().getString("name").equals(role)).findFirst()
                    .orElseThrow(() -> unavailable("the realm has no role " + role));
            expect(send("POST", "/users/" + id + "/role-mappings/realm", Json.createArrayBuilder().add(wanted).build()),
                    204, "give the role");
        }
    }

    /**
     * Has the identity provider mail the person a link to set their password (and sign in to the
     * portal after), valid for {@link #INVITATION_LIFESPAN}. Refused when the mail could not be sent.
     */
    public void sendSetPassword(String id) {
        HttpResponse<String> sent = send("PUT", "/users/" + id + "/execute-actions-email?client_id="
                + URLEncoder.encode(portalClientId, StandardCharsets.UTF_8) + "&lifespan="
                + INVITATION_LIFESPAN.toSeconds(), Json.createArrayBuilder().add("UPDATE_PASSWORD").build());
        if (sent.statusCode() == 500 || sent.statusCode() == 400) {
            LOG.warning(() -> "The identity provider did not send the invitation mail: " + sent.statusCode() + " "
                    + sent.body());
            throw new RefusedException("The invitation mail could not be sent (the mail server did not take it);"
                    + " nothing was changed. Try again later.");
        }
        expect(sent, 204, "send the invitation mail");
    }

    /** Enables or disables the account (its other details as they are). */
    public void setEnabled(String id, boolean enabled) {
        JsonObject account = byId(id).orElseThrow(() -> unavailable("the account is gone"));
        JsonObject changed = Json.createObjectBuilder(account).add("enabled", enabled).build();
        expect(send("PUT", "/users/" + id, changed), 204, enabled ? "enable the account" : "disable the account");
    }

    /** Ends every session of the account at once; the identity provider tells the portal (back-channel logout). */
    public void endSessions(String id) {
        expect(send("POST", "/users/" + id + "/logout", null), 204, "end the account's sessions");
    }

    /** Deletes an account the portal just created, when the invitation could not be completed. */
    public void delete(String id) {
        HttpResponse<String> deleted = send("DELETE", "/users/" + id, null);
        if (deleted.statusCode() != 204 && deleted.statusCode() != 404) {
            LOG.warning(() -> "An account created for an invitation that failed was not deleted: " + deleted.statusCode());
        }
    }

    private HttpResponse<String> send(String method, String path, JsonValue body) {
        HttpResponse<String> response = sendOnce(method, path, body);
        if (response.statusCode() == 401) {
            synchronized (this) {
                tokenUntil = Instant.EPOCH;
            }
            response = sendOnce(method, path, body);
        }
        return response;
    }

    private HttpResponse<String> sendOnce(String method, String path, JsonValue body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return exchange(request.build());
    }

    /** The service account's access token, fetched with client credentials and kept until shortly before it expires. */
    private synchronized String token() {
        if (Instant.now().isBefore(tokenUntil)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() != 200) {
            LOG.warning(() -> "The identity provider refused the portal's service account " + clientId + ": "
                    + answer.statusCode());
            throw unavailable("the service account was refused");
        }
        JsonObject granted = read(answer.body()).asJsonObject();
        token = granted.getString("access_token");
        tokenUntil = Instant.now().plusSeconds(Math.max(0, granted.getJsonNumber("expires_in").longValue() - 30));
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warning(() -> "The identity provider did not answer: " + e);
            throw unavailable("no answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            LOG.warning(() -> "The identity provider did not " + what + ": " + response.statusCode() + " "
                    + response.body());
            throw unavailable("could not " + what);
        }
    }

    private static RefusedException unavailable(String why) {
        return new RefusedException("The sign-in service did not take the change (" + why + "); nothing was changed."
                + " Try again in a minute.");
    }

    private String adminBase() {
        return issuer.replace("/realms/", "/admin/realms/");
    }

    private static JsonValue read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
