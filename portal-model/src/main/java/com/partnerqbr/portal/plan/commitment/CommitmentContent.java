package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.scorecard.dispute.Side;
import java.time.LocalDate;

/**
 * What a person writes of a commitment.
 *
 * @param ownerName     the person who owns it, by name
 * @param ownerEmail    a named contact's e-mail; blank when the owner is a portal user
 * @param ownerUsername the owner's portal user name, if the owner is one
 * @param betKey        the item key of the bet it serves, or null
 */
public record CommitmentContent(Side side, String ownerName, String ownerEmail, String ownerUsername,
                                LocalDate dueDate, String outcome, Cadence cadence, Long betKey) {
}
