package com.partnerqbr.portal.engagement;

import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whether a partner attended a program review session (the tail's monthly group webinar), as the
 * vendor recorded it: a fact of the partner's engagement, counted by the scorecard in the quarter
 * the session was held. It names its session by id (the session belongs to the tail, a feature
 * above the scorecard) and keeps the session's start, the moment that places it in a quarter.
 */
@Entity
@Table(name = "program_review_attendance")
@NamedQuery(name = "ProgramReviewAttendance.ofSession",
        query = "SELECT a FROM ProgramReviewAttendance a JOIN FETCH a.partner WHERE a.sessionId = :session")
@NamedQuery(name = "ProgramReviewAttendance.ofPartner",
        query = "SELECT a FROM ProgramReviewAttendance a WHERE a.partner = :partner")
public class ProgramReviewAttendance extends TenantOwned implements OfPartner {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    /** The partner's id as stored in the row: read-only, for the scorecard's count per partner (see PortalLogin). */
    @Column(name = "partner_id", insertable = false, updatable = false)
    private Long partnerId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "held_at", nullable = false, updatable = false)
    private Instant heldAt;

    @Column(nullable = false)
    private boolean attended;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProgramReviewAttendance() {
    }

    public ProgramReviewAttendance(Partner partner, long sessionId, Instant heldAt) {
        this.partner = partner;
        this.sessionId = sessionId;
        this.heldAt = heldAt;
    }

    public void record(boolean newAttended, String by, Instant at) {
        this.attended = newAttended;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Partner getPartner() {
        return partner;
    }

    public long getSessionId() {
        return sessionId;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public boolean isAttended() {
        return attended;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
