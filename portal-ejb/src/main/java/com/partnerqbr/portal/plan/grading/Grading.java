package com.partnerqbr.portal.plan.grading;

import java.util.Locale;
import java.util.Optional;

/**
 * Both sides grade every commitment at the next QBR. Where they agree the record shows one grade;
 * where they differ it shows both, and neither wins; until both graded it says who is missing.
 */
public final class Grading {

    private Grading() {
    }

    /**
     * The record of one commitment's grades.
     *
     * @param agreed  the grade both gave, when they agree
     * @param summary in words: "Done (both)", "Vendor: done, partner: partly", "Partner: not done; vendor has not graded"
     */
    public record Outcome(Optional<GradeLevel> agreed, boolean disagreement, String summary) {
    }

    public static Outcome outcome(GradeLevel vendor, GradeLevel partner) {
        if (vendor == null && partner == null) {
            return new Outcome(Optional.empty(), false, "Not graded yet");
        }
        if (vendor == null) {
            return new Outcome(Optional.empty(), false, "Partner: " + lower(partner) + "; the vendor has not graded");
        }
        if (partner == null) {
            return new Outcome(Optional.empty(), false, "Vendor: " + lower(vendor) + "; the partner has not graded");
        }
        if (vendor == partner) {
            return new Outcome(Optional.of(vendor), false, vendor.getLabel() + " (both sides)");
        }
        return new Outcome(Optional.empty(), true, "Vendor: " + lower(vendor) + ", partner: " + lower(partner));
    }

    private static String lower(GradeLevel level) {
        return level.getLabel().toLowerCase(Locale.ROOT);
    }
}
