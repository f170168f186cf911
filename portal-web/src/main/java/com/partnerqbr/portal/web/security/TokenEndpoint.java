package com.partnerqbr.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The identity provider's token endpoint (OpenID Connect Core 1.0, 3.1.3): a sign-in's code
 * exchanged for tokens, tokens refreshed. The portal authenticates as its confidential client
 * ({@code client_secret_post}); every identity token it accepts is signed by the realm for the
 * portal ({@link RealmToken}) and not expired; the one of a sign-in carries the sign-in's nonce.
 */
@ApplicationScoped
public class TokenEndpoint {

    private static final Logger LOG = Logger.getLogger(TokenEndpoint.class.getName());

    /** The provider refused the grant (a code used or expired, a session ended): sign in afresh. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    @Inject
    private OidcSettings settings;

    @Inject
    private RealmKeys realmKeys;

    /**
     * HTTP/1.1: by default the client upgrades to HTTP/2 and sends every request over one connection, and under
     * load Keycloak refused refreshes beyond its concurrent streams ("too many concurrent streams").
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The tokens of a sign-in's code.
     *
     * @throws Refused            the provider refused the code
     * @throws RealmToken.Invalid the identity token failed a check
     * @throws IOException        the provider did not answer
     */
    SignIn exchange(String code, String redirectUri, PendingSignIn pending, Instant now)
            throws Refused, RealmToken.Invalid, IOException {
        JsonObject tokens = post(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "code_verifier", pending.verifier()));
        JsonObject claims = identityClaims(tokens.getString("id_token", null), now);
        if (!pending.nonce().equals(claims.getString("nonce", null))) {
            throw new RealmToken.Invalid("not of this sign-in (nonce)");
        }
        return signIn(tokens, tokens.getString("id_token"), claims, now, now);
    }

    /**
     * The sign-in with fresh tokens; empty when the provider refuses (the user's session there ended)
     * or the new identity token fails a check. A provider that does not answer ends nothing: the
     * {@link IOException} goes to the caller.
     */
    Optional<SignIn> refresh(SignIn signIn, Instant now) throws IOException {
        try {
            JsonObject tokens = post(Map.of("grant_type", "refresh_token", "refresh_token", signIn.refreshToken()));
            String identityToken = tokens.getString("id_token", signIn.identityToken());
            return Optional.of(signIn(tokens, identityToken, identityClaims(identityToken, now), signIn.signedIn(), now));
        } catch (Refused | RealmToken.Invalid e) {
            LOG.info(() -> "Tokens not refreshed, the session ends: " + e.getMessage());
            return Optional.empty();
        }
    }

    private JsonObject identityClaims(String identityToken, Instant now) throws RealmToken.Invalid {
        JsonObject claims = RealmToken.claims(identityToken, realmKeys::byId, settings.getProviderUri(),
                settings.getClientId());
        if (RealmToken.instant(claims, "exp").filter(now::isBefore).isEmpty()) {
            throw new RealmToken.Invalid("expired");
        }
        if (claims.getString("sub", "").isBlank()) {
            throw new RealmToken.Invalid("names no subject");
        }
        return claims;
    }

    private static SignIn signIn(JsonObject tokens, String identityToken, JsonObject claims, Instant signedIn,
            Instant now) {
        Instant identityExpires = RealmToken.instant(claims, "exp").orElseThrow();
        Instant accessExpires = now.plusSeconds(tokens.getJsonNumber("expires_in").longValue());
        String subject = claims.getString("sub");
        return new SignIn(claims.getString("preferred_username", subject), claims.getString("vendor", null),
                claims.getString("partner", null), strings(claims.get("groups")), claims.getString("email", null),
                subject, claims.getString("sid", null), identityToken, tokens.getString("refresh_token", null),
                signedIn, identityExpires.isBefore(accessExpires) ? identityExpires : accessExpires);
    }

    private static List<String> strings(JsonValue value) {
        List<String> strings = new ArrayList<>();
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(v -> {
                if (v instanceof JsonString s) {
                    strings.add(s.getString());
                }
            });
        }
        return strings;
    }

    private JsonObject post(Map<String, String> grant) throws Refused, IOException {
        Map<String, String> form = new LinkedHashMap<>(grant);
        form.put("client_id", settings.getClientId());
        form.put("client_secret", settings.getClientSecret());
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getTokenUri()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for the identity provider", e);
        }
        JsonObject answer = json(response.body());
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            throw new Refused(answer.getString("error", "refused"));
        }
        if (response.statusCode() != 200 || !answer.containsKey("expires_in")) {
            throw new IOException("the identity provider's token endpoint answered " + response.statusCode());
        }
        return answer;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
