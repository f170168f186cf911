package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.kernel.Decided;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * A tail partner's request for a review of its own (a 1:1), with its reason; vendor staff accept
 * it, and a QBR is scheduled, or decline it with a reply the partner reads.
 */
@Entity
@Table(name = "one_on_one_request")
@NamedQuery(name = "OneOnOneRequest.queue", query = "SELECT r FROM OneOnOneRequest r JOIN FETCH r.partner"
        + " WHERE r.status = com.partnerqbr.portal.tail.OneOnOneRequest.Status.WAITING ORDER BY r.requestedAt, r.id")
@NamedQuery(name = "OneOnOneRequest.decided", query = "SELECT r FROM OneOnOneRequest r JOIN FETCH r.partner"
        + " WHERE r.status <> com.partnerqbr.portal.tail.OneOnOneRequest.Status.WAITING ORDER BY r.decided.at DESC")
@NamedQuery(name = "OneOnOneRequest.ofPartner",
        query = "SELECT r FROM OneOnOneRequest r WHERE r.partner = :partner ORDER BY r.requestedAt DESC, r.id DESC")
public class OneOnOneRequest extends TenantOwned {

    /** Where a request stands. */
    public enum Status {
        WAITING("Waiting for the vendor"),
        ACCEPTED("Accepted"),
        DECLINED("Declined");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(nullable = false, updatable = false, length = 1000)
    private String request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.WAITING;

    /** The id of the QBR scheduled when accepted (read through the QBR service, which confines who reads it). */
    @Column(name = "qbr_id")
    private Long qbrId;

    /** Who accepted or declined, when, and the reply. */
    @Embedded
    private Decided decided;

    protected OneOnOneRequest() {
    }

    public OneOnOneRequest(Partner partner, String requestedBy, Instant requestedAt, String request) {
        this.partner = partner;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.request = request;
    }

    public void accept(long scheduledQbrId, String by, Instant at) {
        this.status = Status.ACCEPTED;
        this.qbrId = scheduledQbrId;
        this.decided = new Decided(by, at, null);
    }

    public void decline(String by, Instant at, String reply) {
        this.status = Status.DECLINED;
        this.decided = new Decided(by, at, reply);
    }

    public Partner getPartner() {
        return partner;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequest() {
        return request;
    }

    public Status getStatus() {
        return status;
    }

    public Long getQbrId() {
        return qbrId;
    }

    public Decided getDecided() {
        return decided;
    }
}
