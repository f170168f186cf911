package com.partnerqbr.portal.review.preread;

import java.util.Optional;

/**
 * The commitments a QBR opens with: those of the joint plan in force for the quarter it reviews,
 * each with its status. The joint plan, a feature above review, provides them; the pre-read asks
 * through this type so that review never imports the plan.
 */
public interface PreviousCommitments {

    /** The previous plan's commitments with their status, in one paragraph; empty when there was no plan. */
    Optional<String> of(long qbrId);
}
