package com.partnerqbr.portal.program.tier;

import java.util.Set;

/**
 * What a recompute does about one partner's tier proposal, from its approved tier, the tier
 * its figures are eligible for, its pending proposal and the changes already rejected for the
 * quarter. A partner whose eligibility differs from its approved tier gets one pending
 * proposal; a pending proposal the figures no longer ask for is withdrawn; a change a vendor
 * admin rejected for the quarter is not proposed again (next quarter's figures may).
 *
 * @param withdrawPending the pending proposal is withdrawn
 * @param raise           a new proposal for the eligible tier is raised
 * @param demotion        the new proposal moves the partner down the ladder
 */
public record TierProposalDecision(boolean withdrawPending, boolean raise, boolean demotion) {

    /** Leave everything as it is. */
    public static final TierProposalDecision NONE = new TierProposalDecision(false, false, false);

    /**
     * @param approvedRank  rank of the approved tier, 0 without one
     * @param eligibleRank  rank of the tier the figures meet, 0 when they meet none
     * @param pendingRank   rank of the tier of the pending proposal, null without one
     * @param rejectedRanks ranks of the tiers a vendor admin refused the partner for this quarter
     */
    public static TierProposalDecision of(int approvedRank, int eligibleRank, Integer pendingRank,
                                          Set<Integer> rejectedRanks) {
        boolean change = eligibleRank != approvedRank;
        boolean pendingStands = pendingRank != null && change && pendingRank == eligibleRank;
        boolean withdraw = pendingRank != null && !pendingStands;
        boolean raise = change && eligibleRank > 0 && !pendingStands && !rejectedRanks.contains(eligibleRank);
        return new TierProposalDecision(withdraw, raise, raise && eligibleRank < approvedRank);
    }
}
