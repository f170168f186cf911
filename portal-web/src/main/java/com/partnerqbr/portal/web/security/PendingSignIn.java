package com.partnerqbr.portal.web.security;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A sign-in the portal started and the identity provider has not yet answered, kept in the
 * session: the {@code state} its answer must carry, the {@code nonce} its identity token must
 * carry, and the PKCE code verifier (RFC 7636) the code is exchanged with.
 */
record PendingSignIn(String state, String nonce, String verifier) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn start() {
        return new PendingSignIn(random(), random(), random());
    }

    /** The S256 code challenge of the verifier. */
    String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
