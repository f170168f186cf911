package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One timed section of an agenda; in the meeting, when it started and ended. */
@Entity
@Table(name = "qbr_agenda_section")
public class AgendaSection extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_id", nullable = false)
    private Agenda agenda;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SectionKind kind;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false)
    private int minutes;

    @Column(length = 300)
    private String purpose;

    @Column(name = "looks_back", nullable = false)
    private boolean looksBack;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AgendaSection() {
    }

    public AgendaSection(Agenda agenda, int position, SectionKind kind, String title, int minutes, String purpose,
                         boolean looksBack) {
        this.agenda = agenda;
        change(position, kind, title, minutes, purpose, looksBack);
    }

    public final void change(int newPosition, SectionKind newKind, String newTitle, int newMinutes, String newPurpose,
                             boolean newLooksBack) {
        this.position = newPosition;
        this.kind = newKind;
        this.title = newTitle;
        this.minutes = newMinutes;
        this.purpose = newPurpose;
        this.looksBack = newLooksBack;
    }

    public void start(Instant at) {
        this.startedAt = at;
        this.endedAt = null;
    }

    public void end(Instant at) {
        this.endedAt = at;
    }

    public Agenda getAgenda() {
        return agenda;
    }

    public int getPosition() {
        return position;
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isLooksBack() {
        return looksBack;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
