package com.partnerqbr.portal.plan.commitment;

/** How often the owner's side checks in on a commitment. */
public enum Cadence {
    EVERY_TWO_WEEKS("Every two weeks", 14),
    MONTHLY("Monthly", 31),
    AT_NEXT_QBR("At the next QBR", 0);

    private final String label;
    private final int days;

    Cadence(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String getLabel() {
        return label;
    }

    /** The days a check-in may be apart; 0 when the next QBR is the check-in. */
    public int days() {
        return days;
    }
}
