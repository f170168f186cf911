package com.partnerqbr.portal.review.feedback;

import com.partnerqbr.portal.kernel.Quarter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The partner's feedback ("What is the one thing we could do differently to help you sell
 * more?"), pure: the same theme two QBRs running, the earlier one not addressed, is escalated to
 * the executive sponsor.
 */
public final class FeedbackEscalation {

    public static final String QUESTION = "What is the one thing we could do differently to help you sell more?";

    private FeedbackEscalation() {
    }

    /** A QBR's feedback as the rule sees it. */
    public record Entry(Quarter quarter, String theme, boolean addressed) {
    }

    /**
     * The escalation, if the last two QBRs' feedback (oldest first in {@code history}) share a theme
     * (ignoring letter case and spaces around it) and the earlier one was not addressed.
     */
    public static Optional<String> escalation(List<Entry> history) {
        if (history.size() < 2) {
            return Optional.empty();
        }
        Entry earlier = history.get(history.size() - 2);
        Entry latest = history.get(history.size() - 1);
        if (earlier.addressed() || blank(earlier.theme()) || blank(latest.theme())
                || !normal(earlier.theme()).equals(normal(latest.theme()))) {
            return Optional.empty();
        }
        return Optional.of("The partner raised \"" + latest.theme().strip() + "\" two QBRs running (" + earlier.quarter()
                + " and " + latest.quarter() + ") and it was not addressed: escalate it to the executive sponsor.");
    }

    private static boolean blank(String theme) {
        return theme == null || theme.isBlank();
    }

    private static String normal(String theme) {
        return theme.strip().toLowerCase(Locale.ROOT);
    }
}
