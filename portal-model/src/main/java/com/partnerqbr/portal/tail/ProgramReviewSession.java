package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One month's program review: when it starts, for how long, where to join, who hosts it and its
 * agenda, taken from the series when planned; a session moved on its own keeps its time when the
 * series changes. A cancelled session stays, with its reason.
 */
@Entity
@Table(name = "program_review_session")
@NamedQuery(name = "ProgramReviewSession.all",
        query = "SELECT s FROM ProgramReviewSession s ORDER BY s.startsAt")
@NamedQuery(name = "ProgramReviewSession.next",
        query = "SELECT s FROM ProgramReviewSession s WHERE s.cancelledAt IS NULL AND s.startsAt > :after"
                + " ORDER BY s.startsAt")
public class ProgramReviewSession extends TenantOwned {

    /** The month it belongs to, "2026-12": one session a month. */
    @Column(name = "review_month", nullable = false, updatable = false, length = 7)
    private String month;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Embedded
    private ProgramReviewDetails details;

    /** Moved on its own: keeps its time when the series changes. */
    @Column(nullable = false)
    private boolean moved;

    /** The calendar invitation's SEQUENCE: 0 when first sent, one more at every move and at the cancellation. */
    @Column(nullable = false)
    private int sequence;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_reason", length = 500)
    private String cancelledReason;

    protected ProgramReviewSession() {
    }

    public ProgramReviewSession(String month, Instant startsAt, ProgramReviewSeries series) {
        this.month = month;
        follow(startsAt, series);
    }

    /**
     * Takes the series' time, length, link, host and agenda (a session not moved on its own); true
     * when its time changed, and the invitation's sequence moved on.
     */
    public boolean follow(Instant newStartsAt, ProgramReviewSeries series) {
        boolean changed = startsAt != null && (!startsAt.equals(newStartsAt)
                || details.getMinutes() != series.getDetails().getMinutes());
        if (changed) {
            sequence++;
        }
        this.startsAt = newStartsAt;
        this.details = series.getDetails().copy();
        return changed;
    }

    public void move(Instant newStartsAt) {
        this.startsAt = newStartsAt;
        this.moved = true;
        sequence++;
    }

    public void cancel(Instant at, String reason) {
        this.cancelledAt = at;
        this.cancelledReason = reason;
        sequence++;
    }

    public int getSequence() {
        return sequence;
    }

    public String getMonth() {
        return month;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public ProgramReviewDetails getDetails() {
        return details;
    }

    public boolean isMoved() {
        return moved;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledReason() {
        return cancelledReason;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }
}
