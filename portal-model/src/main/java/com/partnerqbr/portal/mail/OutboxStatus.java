package com.partnerqbr.portal.mail;

/** Where a message of the outbox stands, in the words the sent-mail log shows. */
public enum OutboxStatus {
    /** Waiting for the sender (the first time, or again after a failed attempt). */
    PENDING("waiting to be sent"),
    /** Claimed by one sender, which is handing it to the SMTP server. */
    SENDING("being sent"),
    /** The SMTP server accepted it. */
    SENT("sent"),
    /** Given up after the last attempt; the last error says why. */
    FAILED("not sent: gave up");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
