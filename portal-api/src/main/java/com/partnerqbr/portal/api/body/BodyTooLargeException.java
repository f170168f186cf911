package com.partnerqbr.portal.api.body;

/** A request body longer than {@link BodyLimit#MAX_BYTES}: answered 413, nothing of it is used. */
public class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException() {
        super("the request body is longer than " + BodyLimit.MAX_BYTES + " bytes");
    }
}
