package com.partnerqbr.portal.review.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.review.feedback.FeedbackEscalation.Entry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackEscalationTest {

    private static final Quarter Q2 = Quarter.parse("2026-Q2");
    private static final Quarter Q3 = Quarter.parse("2026-Q3");
    private static final Quarter Q4 = Quarter.parse("2026-Q4");

    @Test
    void theSameThemeTwoQbrsRunningUnaddressedIsEscalated() {
        assertEquals(Optional.of("The partner raised \"Lead routing\" two QBRs running (2026-Q3 and 2026-Q4) and it was"
                        + " not addressed: escalate it to the executive sponsor."),
                FeedbackEscalation.escalation(List.of(new Entry(Q2, "Pricing", true), new Entry(Q3, "lead routing ", false),
                        new Entry(Q4, "Lead routing", false))));
    }

    @Test
    void addressedOrDifferentOrOnceIsNot() {
        assertEquals(Optional.empty(), FeedbackEscalation.escalation(List.of(new Entry(Q3, "Lead routing", true),
                new Entry(Q4, "Lead routing", false))), "addressed the first time");
        assertEquals(Optional.empty(), FeedbackEscalation.escalation(List.of(new Entry(Q3, "Lead routing", false),
                new Entry(Q4, "Pricing", false))));
        assertEquals(Optional.empty(), FeedbackEscalation.escalation(List.of(new Entry(Q4, "Lead routing", false))));
        assertEquals(Optional.empty(), FeedbackEscalation.escalation(List.of(new Entry(Q2, "Lead routing", false),
                new Entry(Q3, "Pricing", false), new Entry(Q4, "Lead routing", false))), "not running");
    }
}
