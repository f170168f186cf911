package com.partnerqbr.portal.plan;

/**
 * Where one version of a joint plan stands. A draft needs both sides' confirmation; the first
 * side to confirm moves it to "confirmed by" that side, the second puts it in force. The version
 * in force before it is then superseded. A confirmed version is never changed in place.
 */
public enum PlanStatus {
    DRAFT("Draft"),
    CONFIRMED_BY_VENDOR("Confirmed by the vendor, waiting for the partner"),
    CONFIRMED_BY_PARTNER("Confirmed by the partner, waiting for the vendor"),
    IN_FORCE("In force"),
    SUPERSEDED("Superseded");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether items of a version in this state may still be edited: only before both sides confirmed. */
    public boolean editable() {
        return this == DRAFT || this == CONFIRMED_BY_VENDOR || this == CONFIRMED_BY_PARTNER;
    }
}
