package com.partnerqbr.portal.plan;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of a joint plan as pages show it.
 *
 * @param mayEdit    whether the caller may change its items (an editor, and the version not yet in force)
 * @param mayConfirm whether the caller's side may confirm it now
 */
public record PlanView(long id, long version, long partnerId, String partnerName, long qbrId, Quarter quarter,
                       int number, PlanStatus status, String vendorConfirmedBy, Instant vendorConfirmedAt,
                       String partnerConfirmedBy, Instant partnerConfirmedAt, List<BetLine> bets,
                       List<CommitmentLine> commitments, boolean mayEdit, boolean mayConfirm) {

    /** A bet with its row version, for stale-save checks. */
    public record BetLine(long id, long version, long itemKey, BetContent content, BigDecimal baseline) {

        static BetLine of(Bet bet) {
            return new BetLine(bet.getId(), bet.getVersion(), bet.getItemKey(), bet.content(), bet.getBaseline());
        }
    }

    /** A commitment with its row version and where it stands. */
    public record CommitmentLine(long id, long version, long itemKey, CommitmentContent content,
                                 CommitmentStatus status, String droppedReason) {

        static CommitmentLine of(Commitment c) {
            return new CommitmentLine(c.getId(), c.getVersion(), c.getItemKey(), c.content(), c.getStatus(),
                    c.getDroppedReason());
        }
    }
}
