package com.partnerqbr.portal.tail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file a vendor attached to a program review session (slides, a document, an image), stored by
 * the portal: served only to the vendor's staff and the partners invited to its program reviews.
 * Listed without its content ({@link ListedFile}); the content is read on download.
 */
@Entity
@Table(name = "program_review_file")
@NamedQuery(name = "ProgramReviewFile.listed",
        query = "SELECT NEW com.partnerqbr.portal.tail.ListedFile(f.id, f.sessionId, f.title, f.fileName,"
                + " f.size, f.addedBy, f.addedAt) FROM ProgramReviewFile f ORDER BY f.addedAt, f.id")
public class ProgramReviewFile extends OfSession {

    @Column(nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ProgramReviewFile() {
    }

    public ProgramReviewFile(ProgramReviewSession session, String title, String fileName, String contentType,
                             byte[] content, String addedBy, Instant addedAt) {
        super(session);
        this.title = title;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content.clone();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
