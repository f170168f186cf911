package com.partnerqbr.portal.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in session's identity, kept in the session: who signed in (the identity token's claims the
 * portal reads), the identity token itself (the hint of a sign-out), the refresh token and when the
 * tokens expire. Plain values only, so a session moves whole through Payara's data grid to another
 * server and the user stays signed in there with the same roles.
 *
 * @param name      the user name ({@code preferred_username}, else the subject)
 * @param vendor    the {@code vendor} claim, if any
 * @param partner   the {@code partner} claim, if any
 * @param groups    the realm roles ({@code groups} claim)
 * @param email     the {@code email} claim, if any
 * @param subject   the user at the identity provider ({@code sub})
 * @param sessionId the identity provider's session ({@code sid}), if named
 * @param signedIn  when the user signed in to the portal
 * @param expires   when the first of the access and identity tokens expires
 */
record SignIn(String name, String vendor, String partner, List<String> groups, String email, String subject,
        String sessionId, String identityToken, String refreshToken, Instant signedIn, Instant expires)
        implements Serializable {

    private static final String ATTRIBUTE = SignIn.class.getName();

    SignIn {
        groups = List.copyOf(groups);
    }

    /** The session's sign-in, if it has one. */
    static Optional<SignIn> of(HttpSession session) {
        return Optional.ofNullable(session == null ? null : (SignIn) session.getAttribute(ATTRIBUTE));
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }
}
