package com.partnerqbr.portal.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * An OpenID Connect back-channel logout token (OpenID Connect Back-Channel Logout 1.0,
 * section 2.6), checked before the portal acts on it: an RS256 signature by one of the
 * realm's keys, the realm as issuer, the portal's client among the audiences, issued
 * recently, the back-channel logout event, no nonce, and a session id or a subject.
 *
 * @param sessionId the identity provider's session that ended ({@code sid}), if given
 * @param subject   the user whose sessions ended ({@code sub}), if given
 */
record LogoutToken(Optional<String> sessionId, Optional<String> subject) {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** Why a logout token was not accepted; its message names the failed check, never the token. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason);
        }
    }

    /**
     * The verified token.
     *
     * @param keys the realm's public key of a key id ({@code kid}), if it has one
     */
    static LogoutToken verify(String token, Function<String, Optional<PublicKey>> keys, String issuer, String clientId,
            Instant now) throws Invalid {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Invalid("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new Invalid("not signed with RS256");
        }
        PublicKey key = keys.apply(header.getString("kid", "")).orElseThrow(() -> new Invalid("unknown signing key"));
        if (!signatureHolds(parts, key)) {
            throw new Invalid("signature does not verify");
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new Invalid("wrong issuer");
        }
        if (!audienceHas(claims.get("aud"), clientId)) {
            throw new Invalid("not for this client");
        }
        if (!claims.containsKey("iat") || claims.get("iat").getValueType() != JsonValue.ValueType.NUMBER
                || Instant.ofEpochSecond(claims.getJsonNumber("iat").longValue()).isBefore(now.minus(MAX_AGE))) {
            throw new Invalid("not issued recently");
        }
        JsonValue events = claims.get("events");
        if (events == null || events.getValueType() != JsonValue.ValueType.OBJECT || !events.asJsonObject().containsKey(EVENT)) {
            throw new Invalid("no back-channel logout event");
        }
        if (claims.containsKey("nonce")) {
            throw new Invalid("carries a nonce");
        }
        Optional<String> sid = Optional.ofNullable(claims.getString("sid", null)).filter(s -> !s.isBlank());
        Optional<String> sub = Optional.ofNullable(claims.getString("sub", null)).filter(s -> !s.isBlank());
        if (sid.isEmpty() && sub.isEmpty()) {
            throw new Invalid("names neither a session nor a subject");
        }
        return new LogoutToken(sid, sub);
    }

    private static boolean signatureHolds(String[] parts, PublicKey key) throws Invalid {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Invalid("signature does not verify");
        }
    }

    private static boolean audienceHas(JsonValue audience, String clientId) {
        if (audience instanceof JsonString single) {
            return clientId.equals(single.getString());
        }
        return audience != null && audience.getValueType() == JsonValue.ValueType.ARRAY
                && audience.asJsonArray().stream().anyMatch(a -> a instanceof JsonString s && clientId.equals(s.getString()));
    }

    private static JsonObject json(String part) throws Invalid {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new Invalid("not a JWT");
        }
    }
}
