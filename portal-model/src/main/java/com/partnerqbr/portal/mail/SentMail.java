package com.partnerqbr.portal.mail;

import java.io.Serializable;
import java.time.Instant;

/** One line of a vendor's sent-mail log: a message of its outbox, without its bodies. */
public record SentMail(long id, String recipient, String subject, Instant createdAt, Instant sentAt, OutboxStatus status,
                       int attempts, String lastError) implements Serializable {
}
