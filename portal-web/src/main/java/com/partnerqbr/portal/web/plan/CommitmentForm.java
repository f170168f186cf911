package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.time.LocalDate;

/** The fields of one commitment as a form holds them: what a person types (its row version is the form's hidden field). */
public class CommitmentForm {

    private Side side = Side.VENDOR;
    private String ownerName;
    private String ownerEmail;
    private String ownerUsername;
    private LocalDate dueDate;
    private String outcome;
    private Cadence cadence = Cadence.MONTHLY;
    private Long betKey;

    public static CommitmentForm of(CommitmentContent c) {
        CommitmentForm form = new CommitmentForm();
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
