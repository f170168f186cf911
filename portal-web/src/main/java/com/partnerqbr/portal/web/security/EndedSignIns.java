package com.partnerqbr.portal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * The identity provider's sessions, and users, whose sign-ins ended there (back-channel logout),
 * kept in Payara's data grid (a JCache cache on Hazelcast) so that every server of the portal knows
 * at once, whichever one Keycloak told: a session carried to another server ends there too. A
 * signed-in session is checked on each of its requests ({@link SignInMechanism}); a record is kept
 * a day, longer than any sign-in the realm lets live.
 */
@ApplicationScoped
public class EndedSignIns {

    private static final String CACHE = "portal-ended-sign-ins";
    private static final String SESSION = "sid:";
    private static final String USER = "sub:";

    @Inject
    private CacheManager caches;

    private Cache<String, Long> ended;

    @PostConstruct
    void open() {
        ended = caches.getCache(CACHE, String.class, Long.class);
        if (ended == null) {
            try {
                ended = caches.createCache(CACHE, new MutableConfiguration<String, Long>()
                        .setTypes(String.class, Long.class)
                        .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.DAYS, 1))));
            } catch (CacheException createdMeanwhile) {
                ended = caches.getCache(CACHE, String.class, Long.class);
            }
        }
    }

    /**
     * Ends the identity provider's session the token names, or else every sign-in of its user up to now
     * (OpenID Connect Back-Channel Logout 1.0, section 2.5).
     */
    void end(LogoutToken token, Instant now) {
        if (token.sessionId().isPresent()) {
            ended.put(SESSION + token.sessionId().get(), now.toEpochMilli());
        } else {
            ended.put(USER + token.subject().orElseThrow(), now.toEpochMilli());
        }
    }

    /** Whether the sign-in ended at the identity provider. */
    boolean ended(SignIn signIn) {
        if (signIn.sessionId() != null && ended.containsKey(SESSION + signIn.sessionId())) {
            return true;
        }
        Long userEnded = ended.get(USER + signIn.subject());
        return userEnded != null && !signIn.signedIn().isAfter(Instant.ofEpochMilli(userEnded));
    }
}
