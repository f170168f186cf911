package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder that went out, by its key ("agenda:4711", "digest:max@acme.example:2026-W49"): the
 * database holds each key once per vendor, so a reminder is written to the outbox once, also when
 * the job runs twice at the same moment or again after a restart.
 */
@Entity
@Table(name = "sent_reminder")
@NamedQuery(name = "SentReminder.count", query = "SELECT COUNT(r) FROM SentReminder r WHERE r.reminderKey = :key")
public class SentReminder extends TenantOwned {

    @Column(name = "reminder_key", nullable = false, updatable = false, length = 300)
    private String reminderKey;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, updatable = false)
    private int messages;

    protected SentReminder() {
    }

    public SentReminder(String reminderKey, Instant sentAt, int messages) {
        this.reminderKey = reminderKey;
        this.sentAt = sentAt;
        this.messages = messages;
    }

    public String getReminderKey() {
        return reminderKey;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getMessages() {
        return messages;
    }
}
