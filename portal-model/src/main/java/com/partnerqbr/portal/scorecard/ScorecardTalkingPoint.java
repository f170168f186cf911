package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A scorecard's talking point at its place in the list. A row of its own, rather than an
 * element collection, so that EclipseLink writes a refresh's talking points in batches of
 * their own: an element collection's rows are written right after their scorecard's, which
 * cut the batches of scorecard inserts and updates into one statement per row.
 */
@Entity
@Table(name = "scorecard_talking_point")
public class ScorecardTalkingPoint extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id", nullable = false)
    private Scorecard scorecard;

    @Column(nullable = false)
    private int position;

    @Embedded
    private TalkingPoint point;

    protected ScorecardTalkingPoint() {
    }

    ScorecardTalkingPoint(Scorecard scorecard, int position, TalkingPoint point) {
        this.scorecard = scorecard;
        this.position = position;
        this.point = point;
    }

    /** Takes another talking point at the same place (the row is kept, no delete and insert). */
    void take(TalkingPoint newPoint) {
        scorecard.requireDraft();
        if (!point.equals(newPoint)) {
            point = newPoint;
        }
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public int getPosition() {
        return position;
    }

    public TalkingPoint getPoint() {
        return point;
    }
}
