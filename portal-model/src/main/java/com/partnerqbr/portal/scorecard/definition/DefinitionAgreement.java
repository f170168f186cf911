package com.partnerqbr.portal.scorecard.definition;

import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
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

/** A partner's answer (agreed, or a question) to one version of a metric definition. */
@Entity
@Table(name = "definition_agreement")
@NamedQuery(name = "DefinitionAgreement.agreed",
        query = "SELECT a.partner.id, a.definition.metric, a.definition.definitionVersion FROM DefinitionAgreement a"
                + " WHERE a.status = com.partnerqbr.portal.scorecard.definition.AgreementStatus.AGREED")
@NamedQuery(name = "DefinitionAgreement.ofPartner",
        query = "SELECT a FROM DefinitionAgreement a WHERE a.partner = :partner")
@NamedQuery(name = "DefinitionAgreement.ofDefinition",
        query = "SELECT a FROM DefinitionAgreement a WHERE a.partner = :partner AND a.definition = :definition")
public class DefinitionAgreement extends TenantOwned implements OfPartner {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @ManyToOne(optional = false)
    @JoinColumn(name = "definition_id", nullable = false)
    private MetricDefinition definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgreementStatus status;

    @Column(length = 1000)
    private String question;

    @Column(name = "decided_by", nullable = false, length = 255)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected DefinitionAgreement() {
    }

    public DefinitionAgreement(Partner partner, MetricDefinition definition) {
        this.partner = partner;
        this.definition = definition;
    }

    public void agree(String by, Instant at) {
        status = AgreementStatus.AGREED;
        question = null;
        decidedBy = by;
        decidedAt = at;
    }

    public void question(String text, String by, Instant at) {
        status = AgreementStatus.QUESTIONED;
        question = text;
        decidedBy = by;
        decidedAt = at;
    }

    public Partner getPartner() {
        return partner;
    }

    public MetricDefinition getDefinition() {
        return definition;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getQuestion() {
        return question;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
