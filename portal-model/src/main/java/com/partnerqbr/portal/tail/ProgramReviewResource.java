package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link attached to a program review session: slides, a document, or the session's recording. */
@Entity
@Table(name = "program_review_resource")
@NamedQuery(name = "ProgramReviewResource.all",
        query = "SELECT r FROM ProgramReviewResource r ORDER BY r.recording DESC, r.addedAt, r.id")
public class ProgramReviewResource extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private ProgramReviewSession session;

    /** The session's id as stored in the row, read-only: to group a vendor's resources by session in one query. */
    @Column(name = "session_id", insertable = false, updatable = false)
    private Long sessionId;

    @Column(nullable = false, updatable = false, length = 200)
    private String title;

    @Column(nullable = false, updatable = false, length = 500)
    private String url;

    @Column(nullable = false, updatable = false)
    private boolean recording;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ProgramReviewResource() {
    }

    public ProgramReviewResource(ProgramReviewSession session, String title, String url, boolean recording,
                                 String addedBy, Instant addedAt) {
        this.session = session;
        this.title = title;
        this.url = url;
        this.recording = recording;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public boolean isRecording() {
        return recording;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
