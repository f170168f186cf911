package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A QBR's agenda: its timed sections, who last edited it and when (every save raises the
 * version, so a save based on an older version is refused), and when the vendor sent it with
 * the request for topics (the 72-hour deadline).
 */
@Entity
@Table(name = "qbr_agenda")
@NamedQuery(name = "Agenda.ofQbr", query = "SELECT a FROM Agenda a WHERE a.qbr = :qbr")
public class Agenda extends TenantOwned {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false, unique = true)
    private Qbr qbr;

    @OneToMany(mappedBy = "agenda", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("content.position")
    private List<AgendaSection> sections = new ArrayList<>();

    @Column(name = "edited_by", nullable = false, length = 255)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Agenda() {
    }

    public Agenda(Qbr qbr, String editedBy, Instant editedAt) {
        this.qbr = qbr;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    public void edited(String by, Instant at) {
        this.editedBy = by;
        this.editedAt = at;
    }

    public void sent(Instant at) {
        this.sentAt = at;
    }

    public Qbr getQbr() {
        return qbr;
    }

    public List<AgendaSection> getSections() {
        return sections;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
