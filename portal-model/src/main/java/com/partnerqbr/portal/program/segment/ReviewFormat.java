package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The review format a vendor gives a segment; a vendor without rows uses {@code ReviewFormats} defaults. */
@Entity
@Table(name = "review_format")
@NamedQuery(name = "ReviewFormat.all", query = "SELECT f FROM ReviewFormat f ORDER BY f.segment")
public class ReviewFormat extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Segment segment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReviewCadence cadence;

    /** Length of the meeting in minutes; 0 when there is none. */
    @Column(name = "meeting_minutes", nullable = false)
    private int meetingMinutes;

    /** The format in words: "60-minute QBR with executive sponsors of both sides, quarterly". */
    @Column(nullable = false, length = 300)
    private String meeting;

    /** Between reviews: "monthly check-ins", "1:1 on request". */
    @Column(name = "between_reviews", nullable = false, length = 300)
    private String betweenReviews;

    protected ReviewFormat() {
    }

    public ReviewFormat(Segment segment) {
        this.segment = segment;
    }

    public void update(ReviewCadence cadence, int meetingMinutes, String meeting, String betweenReviews) {
        this.cadence = cadence;
        this.meetingMinutes = meetingMinutes;
        this.meeting = meeting;
        this.betweenReviews = betweenReviews;
    }

    public Segment getSegment() {
        return segment;
    }

    public ReviewCadence getCadence() {
        return cadence;
    }

    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    public String getMeeting() {
        return meeting;
    }

    public String getBetweenReviews() {
        return betweenReviews;
    }
}
