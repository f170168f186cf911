package com.partnerqbr.portal.program.tier;

/** Where a tier proposal stands. */
public enum ProposalStatus {
    PENDING, APPROVED, REJECTED,
    /** The partner's eligibility came back to its approved tier before anyone decided. */
    WITHDRAWN
}
