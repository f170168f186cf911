package com.partnerqbr.portal.plan.grading;

import com.partnerqbr.portal.plan.PlanView.CommitmentLine;
import com.partnerqbr.portal.review.preread.PreviousCommitments;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pre-read's "Previous commitments": the commitments of the plan carried into the QBR
 * ({@link CarryForwardService}), each with its side, owner, due date, status and, once graded, the grades.
 */
@Stateless
public class PreReadCommitments implements PreviousCommitments {

    @Inject
    private CarryForwardService carryForward;

    @Override
    public Optional<String> of(long qbrId) {
        return carryForward.forQbr(qbrId).map(cf -> "The plan for " + cf.plan().quarter() + " (version "
                + cf.plan().number() + "): " + cf.commitments().stream().map(r -> line(r.commitment())
                + (r.grades().vendor() == null && r.grades().partner() == null ? ""
                : ", graded " + r.grades().outcome().summary())).collect(Collectors.joining("; ")) + ".");
    }

    private static String line(CommitmentLine c) {
        return c.content().side().getLabel() + ": " + c.content().outcome() + " (" + c.content().ownerName() + ", due "
                + c.content().dueDate() + ") is " + c.status().getLabel().toLowerCase(Locale.ROOT)
                + (c.droppedReason() == null ? "" : " (" + c.droppedReason() + ")");
    }
}
