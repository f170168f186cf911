package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.scorecard.dispute.Side;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A commitment of a plan in force as "My commitments" and the board list it, with its flags.
 *
 * @param lastCheckIn when its side last checked in, or null
 */
public record CommitmentRow(long id, long partnerId, String partnerName, Side side, String ownerName,
                            String ownerUsername, LocalDate dueDate, String outcome, Cadence cadence,
                            CommitmentStatus status, Instant lastCheckIn, List<String> flags) implements Serializable {

    public boolean isOverdue() {
        return !flags.isEmpty() && flags.get(0).startsWith("Overdue");
    }
}
