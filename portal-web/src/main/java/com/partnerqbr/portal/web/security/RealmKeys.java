package com.partnerqbr.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The realm's RSA signing keys by key id, read from its JWKS
 * ({@code <issuer>/protocol/openid-connect/certs}); read again when a token names a key the
 * portal has not seen (the realm rotated its keys).
 */
@ApplicationScoped
public class RealmKeys {

    @Inject
    private OidcSettings oidcSettings;

    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Optional<PublicKey> byId(String keyId) {
        if (!keys.containsKey(keyId)) {
            reload();
        }
        return Optional.ofNullable(keys.get(keyId));
    }

    private synchronized void reload() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(oidcSettings.getProviderUri()
                    + "/protocol/openid-connect/certs")).timeout(Duration.ofSeconds(10)).GET().build();
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                for (JsonObject key : reader.readObject().getJsonArray("keys").getValuesAs(JsonObject.class)) {
                    if ("RSA".equals(key.getString("kty", null)) && !"enc".equals(key.getString("use", null))) {
                        keys.put(key.getString("kid", ""), rsa(key.getString("n"), key.getString("e")));
                    }
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("cannot read the realm's keys: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the realm's keys", e);
        }
    }

    private static PublicKey rsa(String modulus, String exponent) throws GeneralSecurityException {
        Base64.Decoder base64 = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, base64.decode(modulus)), new BigInteger(1, base64.decode(exponent))));
    }
}
