package com.partnerqbr.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LogoutTokenTest {

    private static final String ISSUER = "http://127.0.0.1:28180/realms/portal";
    private static final String CLIENT = "portal-web";
    private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");
    private static final KeyPair REALM = keyPair();
    private static final Function<String, Optional<PublicKey>> KEYS =
            kid -> kid.equals("realm-key") ? Optional.of(REALM.getPublic()) : Optional.empty();

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("aud", CLIENT).add("iat", NOW.getEpochSecond() - 2)
                .add("jti", "a1").add("sub", "user-1").add("sid", "session-1")
                .add("events", Json.createObjectBuilder().add(LogoutToken.EVENT, Json.createObjectBuilder()));
    }

    @Test
    void aTokenSignedByTheRealmForThePortalNamesTheSessionAndTheUser() throws Exception {
        LogoutToken token = LogoutToken.verify(sign(claims(), "realm-key", REALM.getPrivate()), KEYS, ISSUER, CLIENT, NOW);
        assertEquals(new LogoutToken(Optional.of("session-1"), Optional.of("user-1")), token);
        LogoutToken inAList = LogoutToken.verify(sign(claims().add("aud", Json.createArrayBuilder().add("other").add(CLIENT)),
                "realm-key", REALM.getPrivate()), KEYS, ISSUER, CLIENT, NOW);
        assertEquals(Optional.of("session-1"), inAList.sessionId());
    }

    @Test
    void everyFailedCheckRefusesTheToken() {
        assertRefused("signature does not verify", sign(claims(), "realm-key", keyPair().getPrivate()));
        assertRefused("unknown signing key", sign(claims(), "another-key", REALM.getPrivate()));
        assertRefused("wrong issuer", sign(claims().add("iss", "http://127.0.0.1:28180/realms/other"), "realm-key",
                REALM.getPrivate()));
        assertRefused("not for this client", sign(claims().add("aud", "portal-api"), "realm-key", REALM.getPrivate()));
        assertRefused("not issued recently", sign(claims().add("iat", NOW.getEpochSecond() - 3600), "realm-key",
                REALM.getPrivate()));
        assertRefused("no back-channel logout event", sign(claims().add("events", Json.createObjectBuilder()),
                "realm-key", REALM.getPrivate()));
        assertRefused("carries a nonce", sign(claims().add("nonce", "n"), "realm-key", REALM.getPrivate()));
        assertRefused("names neither a session nor a subject", sign(claims().remove("sid").remove("sub"), "realm-key",
                REALM.getPrivate()));
        assertRefused("not a signed JWT", "abc.def");
        assertRefused("not a signed JWT", null);
        String unsigned = encode("{\"alg\":\"none\",\"kid\":\"realm-key\"}") + "." + encode(claims().build().toString()) + ".";
        assertRefused("not signed with RS256", unsigned);
    }

    private static void assertRefused(String reason, String token) {
        RealmToken.Invalid refused = assertThrows(RealmToken.Invalid.class,
                () -> LogoutToken.verify(token, KEYS, ISSUER, CLIENT, NOW));
        assertEquals(reason, refused.getMessage());
    }

    private static String sign(JsonObjectBuilder claims, String kid, PrivateKey key) {
        try {
            String signed = encode("{\"alg\":\"RS256\",\"typ\":\"logout+jwt\",\"kid\":\"" + kid + "\"}") + "."
                    + encode(claims.build().toString());
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
