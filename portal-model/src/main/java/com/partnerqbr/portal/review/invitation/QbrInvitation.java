package com.partnerqbr.portal.review.invitation;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The calendar invitation of a QBR: its sequence (raised with every change sent), the start its
 * last invitation named (UTC), whether its cancellation went out, and whom it invited. One per QBR.
 */
@Entity
@Table(name = "qbr_invitation")
@NamedQuery(name = "QbrInvitation.ofQbr", query = "SELECT i FROM QbrInvitation i WHERE i.qbr = :qbr")
public class QbrInvitation extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false, updatable = false)
    private Qbr qbr;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "sent_start", nullable = false)
    private LocalDateTime sentStart;

    @Column(nullable = false)
    private boolean cancelled;

    /** The invited addresses, one a line. */
    @Column(nullable = false, length = 4000)
    private String invited = "";

    protected QbrInvitation() {
    }

    public QbrInvitation(Qbr qbr) {
        this.qbr = qbr;
        this.sentStart = qbr.getStartsAt();
    }

    /** A change to send: the sequence goes up by one. */
    public void changed(LocalDateTime start) {
        sequence++;
        sentStart = start;
    }

    public void cancelled() {
        sequence++;
        cancelled = true;
    }

    public void invited(List<String> addresses) {
        List<String> all = new ArrayList<>(getInvited());
        addresses.stream().filter(a -> !all.contains(a)).forEach(all::add);
        invited = String.join("\n", all);
    }

    public List<String> getInvited() {
        return invited.isEmpty() ? List.of() : Arrays.asList(invited.split("\n"));
    }

    public Qbr getQbr() {
        return qbr;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDateTime getSentStart() {
        return sentStart;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
