package com.partnerqbr.portal.tail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link attached to a program review session: slides, a document, or the session's recording. */
@Entity
@Table(name = "program_review_resource")
@NamedQuery(name = "ProgramReviewResource.all",
        query = "SELECT r FROM ProgramReviewResource r ORDER BY r.recording DESC, r.addedAt, r.id")
public class ProgramReviewResource extends OfSession {

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
        super(session);
        this.title = title;
        this.url = url;
        this.recording = recording;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
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
