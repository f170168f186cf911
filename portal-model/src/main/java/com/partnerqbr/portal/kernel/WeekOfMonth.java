package com.partnerqbr.portal.kernel;

/**
 * Which week of the month the monthly program review falls in: the first to fourth of its
 * weekday in the month, or the last. There is no fifth: not every month has one.
 */
public enum WeekOfMonth {
    FIRST("first"),
    SECOND("second"),
    THIRD("third"),
    FOURTH("fourth"),
    LAST("last");

    private final String label;

    WeekOfMonth(String label) {
        this.label = label;
    }

    /** "first", "last": as in "the first Tuesday of the month". */
    public String getLabel() {
        return label;
    }
}
