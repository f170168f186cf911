package com.partnerqbr.portal.tenancy;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist for this caller. Also the answer for another
 * vendor's or another partner's rows, so a caller never learns that they exist. Its message
 * is shown to people, so it never names an internal id.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    /**
     * @param what what was asked for, in words ("partner", "scorecard of 2026-Q3 for this partner")
     * @param key  the key asked for: named in the message when a person typed it (a code); an
     *             internal number (an id) never is
     */
    public NotFoundException(String what, Object key) {
        super(key instanceof Number ? what + " not found" : what + " " + key + " not found");
    }
}
