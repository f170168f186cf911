package com.partnerqbr.portal.tenancy;

import jakarta.ejb.ApplicationException;

/** The caller's roles do not allow the operation. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
