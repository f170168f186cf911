package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
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
import java.time.Instant;

/**
 * One version of a partner's joint plan for a quarter, agreed at a QBR. The first version is
 * drafted at the QBR; once both sides confirm it is in force. A change after that is a new
 * version (a draft copying the items) that both confirm again; the version in force stays in
 * force until then, and is superseded when the new one comes into force.
 */
@Entity
@Table(name = "joint_plan")
@NamedQuery(name = "JointPlan.versionsOfQbr",
        query = "SELECT p FROM JointPlan p WHERE p.qbr = :qbr ORDER BY p.number")
@NamedQuery(name = "JointPlan.ofPartner",
        query = "SELECT p FROM JointPlan p JOIN FETCH p.qbr WHERE p.partner = :partner ORDER BY p.quarter DESC, p.number DESC")
public class JointPlan extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    /** The QBR the plan was agreed at; it plans for the quarter after the one that QBR reviewed. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    /** The quarter the plan is for. */
    @Column(nullable = false, length = 7)
    private Quarter quarter;

    /** 1 for the plan drafted at the QBR, then 2, 3... for each change both sides confirm again. */
    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "drafted_by", nullable = false, length = 255)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "vendor_confirmed_by", length = 255)
    private String vendorConfirmedBy;

    @Column(name = "vendor_confirmed_at")
    private Instant vendorConfirmedAt;

    @Column(name = "partner_confirmed_by", length = 255)
    private String partnerConfirmedBy;

    @Column(name = "partner_confirmed_at")
    private Instant partnerConfirmedAt;

    protected JointPlan() {
    }

    public JointPlan(Qbr qbr, int number, String draftedBy, Instant draftedAt) {
        this.partner = qbr.getPartner();
        this.qbr = qbr;
        this.quarter = qbr.getQuarter().next();
        this.number = number;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    /** Records one side's confirmation; the second side's puts the version in force. */
    public void confirmByVendor(String by, Instant at) {
        vendorConfirmedBy = by;
        vendorConfirmedAt = at;
        status = partnerConfirmedAt != null ? PlanStatus.IN_FORCE : PlanStatus.CONFIRMED_BY_VENDOR;
    }

    public void confirmByPartner(String by, Instant at) {
        partnerConfirmedBy = by;
        partnerConfirmedAt = at;
        status = vendorConfirmedAt != null ? PlanStatus.IN_FORCE : PlanStatus.CONFIRMED_BY_PARTNER;
    }

    /** An edit of a confirmed-by-one-side draft withdraws the confirmations: both confirm what they see. */
    public void reopen() {
        vendorConfirmedBy = null;
        vendorConfirmedAt = null;
        partnerConfirmedBy = null;
        partnerConfirmedAt = null;
        status = PlanStatus.DRAFT;
    }

    public void supersede() {
        status = PlanStatus.SUPERSEDED;
    }

    public Partner getPartner() {
        return partner;
    }

    public Qbr getQbr() {
        return qbr;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public int getNumber() {
        return number;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getVendorConfirmedBy() {
        return vendorConfirmedBy;
    }

    public Instant getVendorConfirmedAt() {
        return vendorConfirmedAt;
    }

    public String getPartnerConfirmedBy() {
        return partnerConfirmedBy;
    }

    public Instant getPartnerConfirmedAt() {
        return partnerConfirmedAt;
    }
}
