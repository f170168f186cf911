package com.partnerqbr.portal.review.feedback;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The partner's answer to "What is the one thing we could do differently to help you sell more?"
 * at one QBR, its theme, the vendor's response and whether the vendor addressed it.
 */
@Entity
@Table(name = "qbr_feedback")
@NamedQuery(name = "Feedback.ofPartner", query = "SELECT f FROM Feedback f JOIN FETCH f.qbr q"
        + " WHERE q.partner = :partner ORDER BY q.quarter, q.startsAt")
public class Feedback extends TenantOwned {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false, unique = true)
    private Qbr qbr;

    @Column(length = 2000)
    private String answer;

    @Column(length = 120)
    private String theme;

    @Column(name = "vendor_response", length = 2000)
    private String vendorResponse;

    @Column(nullable = false)
    private boolean addressed;

    protected Feedback() {
    }

    public Feedback(Qbr qbr) {
        this.qbr = qbr;
    }

    public void answer(String newAnswer, String newTheme) {
        this.answer = newAnswer;
        this.theme = newTheme;
    }

    public void respond(String response, boolean nowAddressed) {
        this.vendorResponse = response;
        this.addressed = nowAddressed;
    }

    public Qbr getQbr() {
        return qbr;
    }

    public String getAnswer() {
        return answer;
    }

    public String getTheme() {
        return theme;
    }

    public String getVendorResponse() {
        return vendorResponse;
    }

    public boolean isAddressed() {
        return addressed;
    }
}
