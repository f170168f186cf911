package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message in a vendor's outbox: written in the transaction of the change that causes it, so
 * a change that rolls back leaves no message; delivered later by the sender, which claims it in
 * one UPDATE ({@code OutboxMessage.claim}) so that no two senders hand it to the SMTP server.
 * Its content is fixed when it is written.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutboxMessage.due",
        query = "SELECT m.id FROM OutboxMessage m WHERE (m.status = com.partnerqbr.portal.mail.OutboxStatus.PENDING"
                + " AND m.nextAttemptAt <= :now) OR (m.status = com.partnerqbr.portal.mail.OutboxStatus.SENDING"
                + " AND m.claimedAt < :stale) ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = "OutboxMessage.claim",
        query = "UPDATE OutboxMessage m SET m.status = com.partnerqbr.portal.mail.OutboxStatus.SENDING,"
                + " m.claimedBy = :by, m.claimedAt = :now, m.attempts = m.attempts + 1, m.version = m.version + 1"
                + " WHERE m.id = :id AND ((m.status = com.partnerqbr.portal.mail.OutboxStatus.PENDING"
                + " AND m.nextAttemptAt <= :now) OR (m.status = com.partnerqbr.portal.mail.OutboxStatus.SENDING"
                + " AND m.claimedAt < :stale))")
@NamedQuery(name = "OutboxMessage.sent",
        query = "UPDATE OutboxMessage m SET m.status = com.partnerqbr.portal.mail.OutboxStatus.SENT, m.sentAt = :now,"
                + " m.lastError = NULL, m.version = m.version + 1 WHERE m.id = :id AND m.claimedBy = :by")
@NamedQuery(name = "OutboxMessage.failed",
        query = "UPDATE OutboxMessage m SET m.status = :status, m.nextAttemptAt = :next, m.lastError = :error,"
                + " m.claimedBy = NULL, m.claimedAt = NULL, m.version = m.version + 1 WHERE m.id = :id AND m.claimedBy = :by")
@NamedQuery(name = "OutboxMessage.log",
        query = "SELECT NEW com.partnerqbr.portal.mail.SentMail(m.id, m.recipient, m.subject, m.createdAt, m.sentAt,"
                + " m.status, m.attempts, m.lastError) FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = "OutboxMessage.count", query = "SELECT COUNT(m) FROM OutboxMessage m")
public class OutboxMessage extends TenantOwned {

    @Column(name = "sender_name", nullable = false, length = 200)
    private String senderName;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "reply_to", length = 254)
    private String replyTo;

    @Column(nullable = false, length = 255)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    /** The one-click unsubscribe link of a non-essential message (List-Unsubscribe), or null. */
    @Column(name = "unsubscribe_url", length = 500)
    private String unsubscribeUrl;

    protected OutboxMessage() {
    }

    public OutboxMessage(String senderName, String recipient, String replyTo, String subject, String textBody,
                         String htmlBody, Instant at) {
        this.senderName = senderName;
        this.recipient = recipient;
        this.replyTo = replyTo;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public void unsubscribeAt(String url) {
        this.unsubscribeUrl = url;
    }
}
