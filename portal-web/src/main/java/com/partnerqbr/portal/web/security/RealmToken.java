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
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * A token the realm signed for the portal (a JWT): an RS256 signature by one of the realm's
 * keys, the realm as issuer and the portal's client among the audiences. The identity token of a
 * sign-in ({@link SignIn}) and a back-channel logout token ({@link LogoutToken}) are checked
 * here first, then for what each of them must say.
 */
final class RealmToken {

    /** Why a token was not accepted; its message names the failed check, never the token. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String reason) {
            super(reason);
        }
    }

    private RealmToken() {
    }

    /**
     * The claims of a token the realm signed for the client.
     *
     * @param keys the realm's public key of a key id ({@code kid}), if it has one
     */
    static JsonObject claims(String token, Function<String, Optional<PublicKey>> keys, String issuer, String clientId)
            throws Invalid {
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
        return claims;
    }

    /** The instant a numeric date claim ({@code iat}, {@code exp}) names, if it names one. */
    static Optional<Instant> instant(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.NUMBER
                ? Optional.of(Instant.ofEpochSecond(claims.getJsonNumber(name).longValue()))
                : Optional.empty();
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
