package com.partnerqbr.portal.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the sender tries a message again after a failed attempt: 5 s after the first, doubling
 * each time up to 15 minutes; after the 12th failed attempt (some 1 h 10 min of trying) it gives
 * up. A claim older than {@link #STALE_CLAIM} is a sender that died between claiming and marking:
 * the message is taken up again (see {@link MailSender}).
 */
public final class Retries {

    static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    /** Far longer than one attempt can take (the mail session's timeouts are 5 and 10 s). */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private Retries() {
    }

    /** The moment of the next attempt after {@code attempts} failed ones; empty: give up. */
    public static Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return Optional.of(now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay));
    }
}
