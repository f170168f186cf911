package com.partnerqbr.portal.plan.grading;

import com.partnerqbr.portal.plan.PlanView;
import com.partnerqbr.portal.plan.commitment.CheckIn;
import com.partnerqbr.portal.scorecard.Metric;
import java.math.BigDecimal;
import java.util.List;

/**
 * What opens the next QBR: the plan that was in force for the quarter it reviews, each bet's actual
 * figure from that quarter's scorecard against its target, each commitment with its check-ins and
 * both sides' grades, and both sides' follow-through.
 */
public record CarryForward(PlanView plan, List<BetResult> bets, List<CommitmentResult> commitments,
                           List<FollowThrough.Figures> followThrough) {

    /** A bet's baseline, target and actual, all from the scorecards. */
    public record BetResult(String title, Metric metric, BigDecimal baseline, BigDecimal target, BigDecimal actual) {

        /** "met", "missed", or "no figure yet". */
        public String verdict() {
            return actual == null ? "no figure yet" : actual.compareTo(target) >= 0 ? "met" : "missed";
        }
    }

    public record CommitmentResult(PlanView.CommitmentLine commitment, List<CheckIn> checkIns,
                                   GradingService.Grades grades) {
    }
}
