package com.partnerqbr.portal.review.pipeline;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.review.Qbr;
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

/**
 * What a QBR's pipeline review says about one open deal: blocker, help needed, next step and
 * its owner by name. The deal itself stays read-only, as the import left it.
 */
@Entity
@Table(name = "qbr_pipeline_line")
@NamedQuery(name = "PipelineLine.ofQbr", query = "SELECT l FROM PipelineLine l JOIN FETCH l.deal WHERE l.qbr = :qbr")
public class PipelineLine extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deal_id", nullable = false)
    private Deal deal;

    @Column(length = 500)
    private String blocker;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_needed", nullable = false, length = 24)
    private HelpNeeded helpNeeded = HelpNeeded.NONE;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(length = 200)
    private String owner;

    protected PipelineLine() {
    }

    public PipelineLine(Qbr qbr, Deal deal) {
        this.qbr = qbr;
        this.deal = deal;
    }

    public void review(String newBlocker, HelpNeeded newHelp, String newNextStep, String newOwner) {
        this.blocker = newBlocker;
        this.helpNeeded = newHelp;
        this.nextStep = newNextStep;
        this.owner = newOwner;
    }

    public Deal getDeal() {
        return deal;
    }

    public String getBlocker() {
        return blocker;
    }

    public HelpNeeded getHelpNeeded() {
        return helpNeeded;
    }

    public String getNextStep() {
        return nextStep;
    }

    public String getOwner() {
        return owner;
    }
}
