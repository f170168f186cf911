package com.partnerqbr.portal.review.meeting;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.agenda.AgendaSection;
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

/** A note taken in the meeting under one agenda section, by a person of either side. */
@Entity
@Table(name = "qbr_note")
@NamedQuery(name = "Note.ofQbr", query = "SELECT n FROM Note n WHERE n.qbr = :qbr ORDER BY n.writtenAt, n.id")
public class Note extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private AgendaSection section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Side side;

    @Column(nullable = false, length = 255)
    private String author;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Note() {
    }

    public Note(Qbr qbr, AgendaSection section, Side side, String author, String text, Instant writtenAt) {
        this.qbr = qbr;
        this.section = section;
        this.side = side;
        this.author = author;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public Qbr getQbr() {
        return qbr;
    }

    public AgendaSection getSection() {
        return section;
    }

    public Side getSide() {
        return side;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
