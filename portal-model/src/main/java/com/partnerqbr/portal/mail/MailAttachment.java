package com.partnerqbr.portal.mail;

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

/** A file a message of the outbox carries (a recap's PDF, a calendar invitation), fixed when written. */
@Entity
@Table(name = "mail_attachment")
@NamedQuery(name = "MailAttachment.ofMessage",
        query = "SELECT a FROM MailAttachment a WHERE a.message.id = :message ORDER BY a.id")
public class MailAttachment extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", nullable = false)
    private OutboxMessage message;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    /** The MIME type with its parameters: "application/pdf", "text/calendar; method=REQUEST". */
    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected MailAttachment() {
    }

    public MailAttachment(OutboxMessage message, String fileName, String contentType, byte[] content) {
        this.message = message;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
