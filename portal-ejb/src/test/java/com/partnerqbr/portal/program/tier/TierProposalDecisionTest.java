package com.partnerqbr.portal.program.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TierProposalDecisionTest {

    private static final int NONE = 0;
    private static final int SILVER = 2;
    private static final int GOLD = 3;
    private static final int PLATINUM = 4;

    @Test
    void eligibleForTheApprovedTierChangesNothing() {
        assertEquals(TierProposalDecision.NONE, TierProposalDecision.of(GOLD, GOLD, null, Set.of()));
    }

    @Test
    void eligibleForAHigherTierRaisesAPromotion() {
        assertEquals(new TierProposalDecision(false, true, false), TierProposalDecision.of(GOLD, PLATINUM, null, Set.of()));
        assertEquals(new TierProposalDecision(false, true, false), TierProposalDecision.of(NONE, SILVER, null, Set.of()));
    }

    @Test
    void eligibleForALowerTierRaisesADemotion() {
        assertEquals(new TierProposalDecision(false, true, true), TierProposalDecision.of(GOLD, SILVER, null, Set.of()));
    }

    @Test
    void meetingNoTierRaisesNothingButWithdrawsAPendingProposal() {
        assertEquals(TierProposalDecision.NONE, TierProposalDecision.of(GOLD, NONE, null, Set.of()));
        assertEquals(new TierProposalDecision(true, false, false), TierProposalDecision.of(GOLD, NONE, SILVER, Set.of()));
    }

    @Test
    void aPendingProposalForTheEligibleTierStands() {
        assertEquals(TierProposalDecision.NONE, TierProposalDecision.of(GOLD, PLATINUM, PLATINUM, Set.of()));
    }

    @Test
    void aPendingProposalForAnotherTierIsReplaced() {
        assertEquals(new TierProposalDecision(true, true, false), TierProposalDecision.of(SILVER, PLATINUM, GOLD, Set.of()));
        assertEquals(new TierProposalDecision(true, true, true), TierProposalDecision.of(PLATINUM, SILVER, GOLD, Set.of()));
    }

    @Test
    void aPendingProposalTheFiguresNoLongerAskForIsWithdrawn() {
        assertEquals(new TierProposalDecision(true, false, false), TierProposalDecision.of(GOLD, GOLD, PLATINUM, Set.of()));
    }

    @Test
    void aChangeRejectedForTheQuarterIsNotAskedForAgain() {
        assertEquals(TierProposalDecision.NONE, TierProposalDecision.of(GOLD, PLATINUM, null, Set.of(PLATINUM)));
        assertEquals(new TierProposalDecision(false, true, false),
                TierProposalDecision.of(GOLD, PLATINUM, null, Set.of(SILVER)));
        assertEquals(new TierProposalDecision(true, false, false),
                TierProposalDecision.of(GOLD, SILVER, PLATINUM, Set.of(SILVER)));
    }
}
