package com.partnerqbr.portal.kernel;

import jakarta.ejb.ApplicationException;

/**
 * The program's rules refuse a change: a frozen scorecard edited, an edit based on a
 * version someone else changed meanwhile, a second answer to the same question. The
 * message says why, in words for the person who tried; nothing was changed.
 */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
