package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.partner.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner user's answer to one session: registered or declined; the latest answer counts. */
@Entity
@Table(name = "program_review_answer")
@NamedQuery(name = "ProgramReviewAnswer.ofSession",
        query = "SELECT a FROM ProgramReviewAnswer a JOIN FETCH a.partner WHERE a.session = :session"
                + " ORDER BY a.answeredAt")
@NamedQuery(name = "ProgramReviewAnswer.ofUser",
        query = "SELECT a FROM ProgramReviewAnswer a WHERE a.session = :session AND a.username = :username")
public class ProgramReviewAnswer extends OfSession {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private boolean registered;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ProgramReviewAnswer() {
    }

    public ProgramReviewAnswer(ProgramReviewSession session, Partner partner, String username) {
        super(session);
        this.partner = partner;
        this.username = username;
    }

    public void answer(boolean newRegistered, Instant at) {
        this.registered = newRegistered;
        this.answeredAt = at;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getUsername() {
        return username;
    }

    public boolean isRegistered() {
        return registered;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
