package com.partnerqbr.portal.tenancy;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist for this caller. Also the answer for another
 * vendor's or another partner's rows, so a caller never learns that they exist.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super(what + " " + key + " not found");
    }
}
