package com.partnerqbr.portal.web.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * An OpenID Connect back-channel logout token (OpenID Connect Back-Channel Logout 1.0,
 * section 2.6), checked before the portal acts on it: signed by the realm for the portal
 * ({@link RealmToken}), issued recently, the back-channel logout event, no nonce, and a session id or a subject.
 *
 * @param sessionId the identity provider's session that ended ({@code sid}), if given
 * @param subject   the user whose sessions ended ({@code sub}), if given
 */
record LogoutToken(Optional<String> sessionId, Optional<String> subject) {

    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    /**
     * The verified token.
     *
     * @param keys the realm's public key of a key id ({@code kid}), if it has one
     */
    static LogoutToken verify(String token, Function<String, Optional<PublicKey>> keys, String issuer, String clientId,
            Instant now) throws RealmToken.Invalid {
        JsonObject claims = RealmToken.claims(token, keys, issuer, clientId);
        if (RealmToken.instant(claims, "iat").filter(issued -> !issued.isBefore(now.minus(MAX_AGE))).isEmpty()) {
            throw new RealmToken.Invalid("not issued recently");
        }
        JsonValue events = claims.get("events");
        if (events == null || events.getValueType() != JsonValue.ValueType.OBJECT || !events.asJsonObject().containsKey(EVENT)) {
            throw new RealmToken.Invalid("no back-channel logout event");
        }
        if (claims.containsKey("nonce")) {
            throw new RealmToken.Invalid("carries a nonce");
        }
        Optional<String> sid = Optional.ofNullable(claims.getString("sid", null)).filter(s -> !s.isBlank());
        Optional<String> sub = Optional.ofNullable(claims.getString("sub", null)).filter(s -> !s.isBlank());
        if (sid.isEmpty() && sub.isEmpty()) {
            throw new RealmToken.Invalid("names neither a session nor a subject");
        }
        return new LogoutToken(sid, sub);
    }
}
