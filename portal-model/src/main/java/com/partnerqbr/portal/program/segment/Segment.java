package com.partnerqbr.portal.program.segment;

/**
 * How much attention a partner gets, from where its trailing attributed revenue ranks it in
 * its vendor's program (see {@code Segmentation} for the rule). Ordered from the most attention.
 */
public enum Segment {
    STRATEGIC("Strategic"),
    GROWTH("Growth"),
    TAIL("Tail"),
    LONG_TAIL("Long-tail");

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** "growth → strategic". */
    public static String movement(Segment from, Segment to) {
        return from.label.toLowerCase(java.util.Locale.ROOT) + " \u2192 " + to.label.toLowerCase(java.util.Locale.ROOT);
    }
}
