package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.plan.JointPlan;
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
import java.time.LocalDate;

/**
 * One of a plan's three to five commitments: side, owner by name, due date, measurable outcome,
 * check-in cadence, the bet it serves, and where it stands (kept by the check-ins, without a new
 * plan version). {@code itemKey} is the same in every version of the plan. Every edit is checked
 * against the row's version, so a second save of the same item is refused, never lost.
 */
@Entity
@Table(name = "plan_commitment")
@NamedQuery(name = "Commitment.ofPlan", query = "SELECT c FROM Commitment c WHERE c.plan = :plan ORDER BY c.itemKey")
public class Commitment extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private JointPlan plan;

    @Column(name = "item_key", nullable = false)
    private long itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Side side;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "owner_email", length = 254)
    private String ownerEmail;

    @Column(name = "owner_username", length = 255)
    private String ownerUsername;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 500)
    private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Cadence cadence;

    @Column(name = "bet_key")
    private Long betKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CommitmentStatus status = CommitmentStatus.OPEN;

    @Column(name = "dropped_reason", length = 500)
    private String droppedReason;

    /** The day it was marked done, in the program's time zone. */
    @Column(name = "done_on")
    private LocalDate doneOn;

    /**
     * Whether its plan version is the one in force: the plan's status kept on the commitment too (by
     * {@code JointPlanService} when a version comes into force and when it is superseded), so that the
     * commitments board reads the commitments in force from one index of this table.
     */
    @Column(name = "in_force", nullable = false)
    private boolean inForce;

    protected Commitment() {
    }

    public Commitment(JointPlan plan, long itemKey, CommitmentContent content) {
        this.plan = plan;
        this.itemKey = itemKey;
        change(content);
    }

    /** A copy for the next version of the plan, keeping where it stands. */
    public Commitment copyInto(JointPlan next) {
        Commitment copy = new Commitment(next, itemKey, content());
        copy.status = status;
        copy.droppedReason = droppedReason;
        copy.doneOn = doneOn;
        return copy;
    }

    public void change(CommitmentContent content) {
        this.side = content.side();
        this.ownerName = content.ownerName();
        this.ownerEmail = content.ownerEmail();
        this.ownerUsername = content.ownerUsername();
        this.dueDate = content.dueDate();
        this.outcome = content.outcome();
        this.cadence = content.cadence();
        this.betKey = content.betKey();
    }

    public CommitmentContent content() {
        return new CommitmentContent(side, ownerName, ownerEmail, ownerUsername, dueDate, outcome, cadence, betKey);
    }

    /** Where it stands after a check-in; done records the day, dropped its reason. */
    public void standing(CommitmentStatus newStatus, String reason, LocalDate today) {
        this.status = newStatus;
        this.droppedReason = newStatus == CommitmentStatus.DROPPED ? reason : null;
        this.doneOn = newStatus == CommitmentStatus.DONE ? (doneOn != null ? doneOn : today) : null;
    }

    /** Its plan version came into force (true) or was superseded (false). */
    public void planInForce(boolean inForce) {
        this.inForce = inForce;
    }

    public boolean isInForce() {
        return inForce;
    }

    /** A new item takes its first row's id as the key it keeps in every version. */
    public void keyed(long key) {
        if (itemKey == 0) {
            itemKey = key;
        }
    }

    public JointPlan getPlan() {
        return plan;
    }

    public long getItemKey() {
        return itemKey;
    }

    public Side getSide() {
        return side;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getOutcome() {
        return outcome;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public Long getBetKey() {
        return betKey;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
