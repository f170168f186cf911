package com.partnerqbr.portal.plan.recap;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The recap of a held QBR as the vendor sent it to the attendees of both sides: its text, its
 * HTML and its PDF exactly as they went out, who sent it when, and whom it reached. Never changed
 * after it is written (one per QBR; the database holds that too): later corrections of the
 * QBR's record are amendments.
 */
@Entity
@Table(name = "qbr_recap")
@NamedQuery(name = "Recap.ofQbr", query = "SELECT r FROM Recap r WHERE r.qbr = :qbr")
@NamedQuery(name = "Recap.sentOf", query = "SELECT r.qbr.id, r.sentAt FROM Recap r WHERE r.qbr.id IN :qbrs")
public class Recap extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false, updatable = false)
    private Qbr qbr;

    @Column(name = "sent_by", nullable = false, updatable = false, length = 255)
    private String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, updatable = false, length = 255)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    /** The addresses it was sent to, one a line. */
    @Column(nullable = false, updatable = false, length = 4000)
    private String recipients;

    /** The attendees it could not reach (no e-mail address), one a line; empty when none. */
    @Column(name = "not_reached", nullable = false, updatable = false, length = 4000)
    private String notReached;

    protected Recap() {
    }

    public Recap(Qbr qbr, String sentBy, Instant sentAt, String subject, String textBody, String htmlBody, byte[] pdf,
                 String recipients, String notReached) {
        this.qbr = qbr;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.pdf = pdf.clone();
        this.recipients = recipients;
        this.notReached = notReached;
    }

    public Qbr getQbr() {
        return qbr;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
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

    public byte[] getPdf() {
        return pdf.clone();
    }

    public String getRecipients() {
        return recipients;
    }

    public String getNotReached() {
        return notReached;
    }
}
