package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    @Embedded
    private SectionContent content;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AgendaSection() {
    }

    public AgendaSection(Agenda agenda, SectionContent content) {
        this.agenda = agenda;
        this.content = content;
    }

    public void change(SectionContent newContent) {
        this.content = newContent;
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

    public SectionContent getContent() {
        return content;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
