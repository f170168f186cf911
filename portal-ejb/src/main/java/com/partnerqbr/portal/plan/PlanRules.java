package com.partnerqbr.portal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a joint plan: one or two real bets and three to five commitments. A third bet or a
 * sixth commitment is refused when it is added; a plan is confirmed only with the right numbers.
 */
public final class PlanRules {

    public static final int MAX_BETS = 2;
    public static final int MIN_COMMITMENTS = 3;
    public static final int MAX_COMMITMENTS = 5;

    private PlanRules() {
    }

    /** Why one more bet is refused, if it is. */
    public static Optional<String> mayAddBet(int bets) {
        return bets >= MAX_BETS
                ? Optional.of("A joint plan holds at most two bets: two real bets both sides commit to beat a list"
                + " nobody owns. Drop or change one of the two before adding another.")
                : Optional.empty();
    }

    /** Why one more commitment is refused, if it is. */
    public static Optional<String> mayAddCommitment(int commitments) {
        return commitments >= MAX_COMMITMENTS
                ? Optional.of("A joint plan holds at most five commitments, so that each is followed through."
                + " Drop one before adding another.")
                : Optional.empty();
    }

    /** What keeps a version from being confirmed, one sentence each; empty when it may be. */
    public static List<String> confirmable(int bets, int commitments) {
        List<String> problems = new ArrayList<>();
        if (bets < 1) {
            problems.add("Add a bet: a plan has one or two.");
        }
        if (commitments < MIN_COMMITMENTS) {
            problems.add("A plan has three to five commitments; this one has " + commitments + ".");
        }
        return problems;
    }
}
