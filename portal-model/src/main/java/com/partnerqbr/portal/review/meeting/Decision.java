package com.partnerqbr.portal.review.meeting;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.scorecard.dispute.Side;
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

/** A decision taken in a QBR: what, who decided, which side; the note it came from, if any. */
@Entity
@Table(name = "qbr_decision")
@NamedQuery(name = "Decision.ofQbr", query = "SELECT d FROM Decision d WHERE d.qbr = :qbr ORDER BY d.recordedAt, d.id")
public class Decision extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "decided_by", nullable = false, length = 200)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Side side;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "note_id")
    private Note note;

    @Column(name = "recorded_by", nullable = false, length = 255)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Decision() {
    }

    public Decision(Qbr qbr, String text, String decidedBy, Side side, Note note, String recordedBy, Instant at) {
        this.qbr = qbr;
        this.text = text;
        this.decidedBy = decidedBy;
        this.side = side;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public String getText() {
        return text;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Side getSide() {
        return side;
    }

    public Note getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
