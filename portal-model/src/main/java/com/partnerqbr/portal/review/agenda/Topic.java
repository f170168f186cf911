package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrSideRow;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A topic one side asks the QBR to cover; the vendor places it in a section of the agenda (or leaves it off). */
@Entity
@Table(name = "qbr_topic")
@NamedQuery(name = "Topic.ofQbr", query = "SELECT t FROM Topic t WHERE t.qbr = :qbr ORDER BY t.side, t.proposedAt")
public class Topic extends QbrSideRow {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "proposed_by", nullable = false, length = 255)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    /** The section it is placed in; null while it is off the agenda. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private AgendaSection section;

    protected Topic() {
    }

    public Topic(Qbr qbr, Side side, String title, String proposedBy, Instant proposedAt) {
        super(qbr, side);
        this.title = title;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public void placeIn(AgendaSection newSection) {
        this.section = newSection;
    }

    public String getTitle() {
        return title;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public AgendaSection getSection() {
        return section;
    }
}
