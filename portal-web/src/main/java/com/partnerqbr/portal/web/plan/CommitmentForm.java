package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of one commitment as a form holds them: its id and row version, and what a person types. */
public class CommitmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private long version;
    private Side side = Side.VENDOR;
    private String ownerName;
    private String ownerEmail;
    private String ownerUsername;
    private LocalDate dueDate;
    private String outcome;
    private Cadence cadence = Cadence.MONTHLY;
    private Long betKey;

    public static CommitmentForm of(long id, long version, CommitmentContent c) {
        CommitmentForm form = new CommitmentForm();
        form.id = id;
        form.version = version;
        form.fill(c);
        return form;
    }

    /** Puts a content into the fields (keep theirs, keep mine). */
    public void fill(CommitmentContent c) {
        side = c.side();
        ownerName = c.ownerName();
        ownerEmail = c.ownerEmail();
        ownerUsername = c.ownerUsername();
        dueDate = c.dueDate();
        outcome = c.outcome();
        cadence = c.cadence();
        betKey = c.betKey();
    }

    public CommitmentContent content() {
        return new CommitmentContent(side, ownerName, ownerEmail, ownerUsername, dueDate, outcome, cadence, betKey);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public void setOwnerUsername(String ownerUsername) {
        this.ownerUsername = ownerUsername;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public Long getBetKey() {
        return betKey;
    }

    public void setBetKey(Long betKey) {
        this.betKey = betKey;
    }
}
