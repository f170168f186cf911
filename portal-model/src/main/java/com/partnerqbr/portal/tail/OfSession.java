package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of one program review session (an answer, a link, a file): its session, and the session's
 * id as stored in the row, read-only, to group a vendor's rows by session in one query.
 */
@MappedSuperclass
public abstract class OfSession extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private ProgramReviewSession session;

    @Column(name = "session_id", insertable = false, updatable = false)
    private Long sessionId;

    protected OfSession() {
    }

    protected OfSession(ProgramReviewSession session) {
        this.session = session;
    }

    public Long getSessionId() {
        return sessionId;
    }
}
