package com.partnerqbr.portal.plan.grading;

import com.partnerqbr.portal.plan.commitment.Commitment;
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

/** One side's grade of one commitment at the QBR that follows the plan, with a note. */
@Entity
@Table(name = "plan_grade")
@NamedQuery(name = "Grade.atQbr", query = "SELECT g FROM Grade g WHERE g.qbr = :qbr")
public class Grade extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false)
    private Commitment commitment;

    /** The QBR the grade was given at. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    /** The side that grades. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private GradeLevel level;

    @Column(length = 1000)
    private String note;

    @Column(name = "graded_by", nullable = false, length = 255)
    private String gradedBy;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    protected Grade() {
    }

    public Grade(Commitment commitment, Qbr qbr, Side side) {
        this.commitment = commitment;
        this.qbr = qbr;
        this.side = side;
    }

    public void grade(GradeLevel newLevel, String newNote, String by, Instant at) {
        this.level = newLevel;
        this.note = newNote;
        this.gradedBy = by;
        this.gradedAt = at;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public Side getSide() {
        return side;
    }

    public GradeLevel getLevel() {
        return level;
    }

    public String getNote() {
        return note;
    }

    public String getGradedBy() {
        return gradedBy;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }
}
