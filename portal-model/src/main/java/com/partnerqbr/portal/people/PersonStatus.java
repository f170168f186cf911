package com.partnerqbr.portal.people;

/**
 * Where a person of the portal stands. Today a person enters the directory by signing in, so every
 * person is active; invitations (invited) and deactivation (deactivated) are to come with the
 * invitations through the identity provider's admin API.
 */
public enum PersonStatus {
    /** Has signed in. */
    ACTIVE("Active");

    private final String label;

    PersonStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
