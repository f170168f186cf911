package com.partnerqbr.portal.review;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One QBR: a meeting with one partner that reviews one quarter, at a date and time (UTC, the
 * program's time zone), in the format of the partner's segment when it was scheduled (kept
 * here, so that a later change of the format or the segment does not rewrite it). It is
 * scheduled, then held or cancelled. A partner has at most one QBR per quarter that is not
 * cancelled; the database holds that too.
 */
@Entity
@Table(name = "qbr")
@NamedQuery(name = "Qbr.ofPartner",
        query = "SELECT q FROM Qbr q JOIN FETCH q.partner WHERE q.partner = :partner ORDER BY q.startsAt DESC")
@NamedQuery(name = "Qbr.notCancelledOfPartnerAndQuarter",
        query = "SELECT q FROM Qbr q WHERE q.partner = :partner AND q.quarter = :quarter"
                + " AND q.status <> com.partnerqbr.portal.review.QbrStatus.CANCELLED")
@NamedQuery(name = "Qbr.forDashboard",
        query = "SELECT q FROM Qbr q JOIN FETCH q.partner WHERE q.status <> com.partnerqbr.portal.review.QbrStatus.CANCELLED"
                + " AND (q.quarter >= :from OR q.status = com.partnerqbr.portal.review.QbrStatus.SCHEDULED)"
                + " ORDER BY q.startsAt")
public class Qbr extends TenantOwned implements OfPartner {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    /** The quarter the QBR reviews. */
    @Column(nullable = false, length = 7)
    private Quarter quarter;

    /** When the meeting starts, in UTC. */
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    /** The format's meeting length when the QBR was scheduled. */
    @Column(name = "meeting_minutes", nullable = false)
    private int meetingMinutes;

    /** The format in words when the QBR was scheduled: "45-minute QBR with a templated scorecard, quarterly". */
    @Column(nullable = false, length = 300)
    private String meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QbrStatus status = QbrStatus.SCHEDULED;

    /**
     * TRUE while the QBR is scheduled or held, NULL once cancelled: the key (vendor, partner,
     * quarter, this) is unique, and NULLs never collide, so a cancelled QBR makes room for a new one.
     */
    @Column(name = "not_cancelled")
    private Boolean notCancelled = Boolean.TRUE;

    @Column(name = "scheduled_by", nullable = false, length = 255)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    /** When someone marked it held. */
    @Column(name = "held_at")
    private Instant heldAt;

    protected Qbr() {
    }

    public Qbr(Partner partner, Quarter quarter, LocalDateTime startsAt, int meetingMinutes, String meeting,
               String scheduledBy, Instant scheduledAt) {
        this.partner = partner;
        this.quarter = quarter;
        this.startsAt = startsAt;
        this.meetingMinutes = meetingMinutes;
        this.meeting = meeting;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
    }

    public void reschedule(LocalDateTime newStart) {
        this.startsAt = newStart;
    }

    public void cancel() {
        this.status = QbrStatus.CANCELLED;
        this.notCancelled = null;
    }

    public void held(Instant at) {
        this.status = QbrStatus.HELD;
        this.heldAt = at;
    }

    public Partner getPartner() {
        return partner;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    /** When the meeting starts, as an instant. */
    public Instant getStart() {
        return startsAt.toInstant(ZoneOffset.UTC);
    }

    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    public String getMeeting() {
        return meeting;
    }

    public QbrStatus getStatus() {
        return status;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getHeldAt() {
        return heldAt;
    }
}
