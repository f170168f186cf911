package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.scorecard.dispute.Side;

/**
 * What the commitments board is narrowed to; null or blank fields do not narrow.
 *
 * @param owner     part of the owner's name, ignoring case
 * @param segment   the partner's segment at the QBR the plan was agreed at
 * @param mine      true: only the partners of the caller's book (those whose owner is the caller)
 */
public record BoardFilter(Side side, String owner, Long partnerId, Segment segment, CommitmentStatus status,
                          boolean mine) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, null, false);
}
