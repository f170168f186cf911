package com.partnerqbr.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's signed-in sessions with the identity provider's session ({@code sid}) and
 * user ({@code sub}) each belongs to, so that a back-channel logout ends exactly those.
 */
@ApplicationScoped
public class SignedInSessions {

    private record SignIn(HttpSession session, String sessionId, String subject) {
    }

    private final Map<String, SignIn> byPortalSession = new ConcurrentHashMap<>();

    /** Notes the session's sign-in; again for every request (cheap; the same values). */
    public void signedIn(HttpSession session, String sessionId, String subject) {
        byPortalSession.putIfAbsent(session.getId(), new SignIn(session, sessionId, subject));
    }

    public void ended(HttpSession session) {
        byPortalSession.remove(session.getId());
    }

    /** Ends every portal session of the identity provider's session, or of the user when no session is named. */
    public int end(LogoutToken token) {
        List<SignIn> ending = byPortalSession.values().stream()
                .filter(s -> token.sessionId().isPresent()
                        ? Objects.equals(token.sessionId().get(), s.sessionId())
                        : Objects.equals(token.subject().orElse(null), s.subject()))
                .toList();
        for (SignIn signIn : ending) {
            byPortalSession.remove(signIn.session().getId());
            try {
                signIn.session().invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile: nothing left to end
            }
        }
        return ending.size();
    }
}
