package com.partnerqbr.portal.people;

/**
 * Where a person of the portal stands: invited (the account exists, the person has not signed in
 * yet), active (has signed in), or deactivated (the account is disabled; the person cannot sign in).
 */
public enum PersonStatus {
    /** Invited through the portal; has not signed in yet. */
    INVITED("Invited"),
    /** Has signed in. */
    ACTIVE("Active"),
    /** The account is disabled and its sessions were ended; it can be reactivated. */
    DEACTIVATED("Deactivated");

    private final String label;

    PersonStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
