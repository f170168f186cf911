package com.partnerqbr.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    @Test
    void aThirdBetIsRefusedWithTheReason() {
        assertEquals(Optional.empty(), PlanRules.mayAddBet(0));
        assertEquals(Optional.empty(), PlanRules.mayAddBet(1));
        assertEquals(Optional.of("A joint plan holds at most two bets: two real bets both sides commit to beat a list"
                + " nobody owns. Drop or change one of the two before adding another."), PlanRules.mayAddBet(2));
    }

    @Test
    void aSixthCommitmentIsRefused() {
        assertEquals(Optional.empty(), PlanRules.mayAddCommitment(4));
        assertEquals(Optional.of("A joint plan holds at most five commitments, so that each is followed through."
                + " Drop one before adding another."), PlanRules.mayAddCommitment(5));
    }

    @Test
    void aPlanIsConfirmedWithOneOrTwoBetsAndThreeToFiveCommitments() {
        assertEquals(List.of(), PlanRules.confirmable(1, 3));
        assertEquals(List.of(), PlanRules.confirmable(2, 5));
        assertEquals(List.of("Add a bet: a plan has one or two.",
                "A plan has three to five commitments; this one has 2."), PlanRules.confirmable(0, 2));
    }
}
