package com.partnerqbr.portal.audit;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a vendor's partners or people: who made it, when, what (the subject, its key
 * and the action) and the values it had before and has after (only the fields that changed,
 * one "field: value" a line). Written in the transaction of the change; never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwned {

    /** The longest before or after text kept; a longer one is cut with an ellipsis. */
    public static final int MAX_TEXT = 4000;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 255)
    private String actor;

    @Column(nullable = false, length = 32)
    private String subject;

    @Column(name = "subject_key", nullable = false, length = 255)
    private String subjectKey;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(name = "before_text", length = MAX_TEXT)
    private String before;

    @Column(name = "after_text", length = MAX_TEXT)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String subject, String subjectKey, String action, String before,
                      String after) {
        this.at = at;
        this.actor = actor;
        this.subject = subject;
        this.subjectKey = subjectKey;
        this.action = action;
        this.before = cut(before);
        this.after = cut(after);
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
