package com.partnerqbr.portal.review.attendee;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrSideRow;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A person at a QBR, of one side: a portal user (by user name) or a named contact with an e-mail
 * address; whether they can commit resources (decision maker) and remove blockers (executive
 * sponsor). Marking the QBR held records whether they attended.
 */
@Entity
@Table(name = "qbr_attendee")
@NamedQuery(name = "Attendee.ofQbr", query = "SELECT a FROM Attendee a WHERE a.qbr = :qbr ORDER BY a.side DESC, a.name")
@NamedQuery(name = "Attendee.sponsoredQbrs", query = "SELECT q FROM Attendee a JOIN a.qbr q JOIN FETCH q.partner"
        + " WHERE a.username = :username AND a.executiveSponsor = TRUE"
        + " AND a.side = com.partnerqbr.portal.scorecard.dispute.Side.VENDOR ORDER BY q.startsAt DESC")
public class Attendee extends QbrSideRow {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 254)
    private String email;

    /** The portal user name of a portal user; null for a contact. */
    @Column(length = 255)
    private String username;

    @Column(length = 120)
    private String title;

    @Column(name = "decision_maker", nullable = false)
    private boolean decisionMaker;

    @Column(name = "executive_sponsor", nullable = false)
    private boolean executiveSponsor;

    /** Null until the QBR is marked held. */
    private Boolean attended;

    protected Attendee() {
    }

    public Attendee(Qbr qbr, Side side, String name, String email, String username, String title,
                    boolean decisionMaker, boolean executiveSponsor) {
        super(qbr, side);
        this.name = name;
        this.email = email;
        this.username = username;
        this.title = title;
        this.decisionMaker = decisionMaker;
        this.executiveSponsor = executiveSponsor;
    }

    public void attended(boolean wasThere) {
        this.attended = wasThere;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public String getTitle() {
        return title;
    }

    public boolean isDecisionMaker() {
        return decisionMaker;
    }

    public boolean isExecutiveSponsor() {
        return executiveSponsor;
    }

    public Boolean getAttended() {
        return attended;
    }
}
