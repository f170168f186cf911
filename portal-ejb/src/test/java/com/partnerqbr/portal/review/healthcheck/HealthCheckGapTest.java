package com.partnerqbr.portal.review.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.review.healthcheck.HealthCheckGap.Ratings;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HealthCheckGapTest {

    @Test
    void eachSideIsBlindUntilBothAnsweredOrTheMeetingStarted() {
        assertFalse(HealthCheckGap.othersVisible(Set.of(), false));
        assertFalse(HealthCheckGap.othersVisible(Set.of(Side.PARTNER), false));
        assertFalse(HealthCheckGap.othersVisible(Set.of(Side.VENDOR), false));
        assertTrue(HealthCheckGap.othersVisible(Set.of(Side.VENDOR, Side.PARTNER), false));
        assertTrue(HealthCheckGap.othersVisible(Set.of(Side.VENDOR), true), "the meeting started");
    }

    @Test
    void theGapPerQuestionIsFlaggedFromTwoAndComparedWithTheLastQbr() {
        Ratings vendor = new Ratings(new int[] {4, 4, 5, 3});
        Ratings partner = new Ratings(new int[] {3, 2, 2, 3});
        assertEquals("Communication 4/3 gap 1 first health check; Incentives alignment 4/2 gap 2 FLAGGED first health"
                        + " check; Executive engagement 5/2 gap 3 FLAGGED first health check; Field understanding 3/3 gap 0"
                        + " first health check",
                HealthCheckGap.gaps(vendor, partner, null, null).stream().map(g -> g.question().getLabel() + " "
                        + g.vendor() + "/" + g.partner() + " gap " + g.gap() + (g.flagged() ? " FLAGGED " : " ")
                        + g.trend()).collect(Collectors.joining("; ")));
        Ratings vendorBefore = new Ratings(new int[] {4, 3, 4, 5});
        Ratings partnerBefore = new Ratings(new int[] {2, 2, 3, 4});
        assertEquals("narrower by 1; wider by 1; wider by 2; narrower by 1",
                HealthCheckGap.gaps(vendor, partner, vendorBefore, partnerBefore).stream()
                        .map(HealthCheckGap.Gap::trend).collect(Collectors.joining("; ")));
        assertEquals("same as last QBR", HealthCheckGap.gaps(partner, vendor, vendor, partner).get(0).trend(),
                "a gap is the difference whichever side rated higher");
    }

    @Test
    void ratingsAreOneToFiveForEachQuestion() {
        assertThrows(IllegalArgumentException.class, () -> new Ratings(new int[] {0, 3, 3, 3}));
        assertThrows(IllegalArgumentException.class, () -> new Ratings(new int[] {6, 3, 3, 3}));
        assertThrows(IllegalArgumentException.class, () -> new Ratings(new int[] {3, 3, 3}));
    }
}
