package com.partnerqbr.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    private static Duration delayAfter(int attempts) {
        return Duration.between(NOW, Retries.nextAttempt(attempts, NOW).orElseThrow());
    }

    @Test
    void theDelayDoublesFromFiveSecondsUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(5), delayAfter(1));
        assertEquals(Duration.ofSeconds(10), delayAfter(2));
        assertEquals(Duration.ofSeconds(20), delayAfter(3));
        assertEquals(Duration.ofSeconds(640), delayAfter(8));
        assertEquals(Duration.ofMinutes(15), delayAfter(9));
        assertEquals(Duration.ofMinutes(15), delayAfter(11));
    }

    @Test
    void afterTheTwelfthFailedAttemptItGivesUp() {
        assertEquals(Optional.empty(), Retries.nextAttempt(12, NOW));
        assertEquals(Optional.empty(), Retries.nextAttempt(13, NOW));
    }
}
