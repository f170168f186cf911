package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.scorecard.dispute.Side;
import java.time.Instant;
import java.time.LocalDate;

/** A commitment of a plan in force as the board's query reads it (a constructor expression). */
public record BoardLine(Long id, Long itemKey, Long partnerId, String partnerName, Side side, String ownerName,
                        String ownerUsername, LocalDate dueDate, String outcome, Cadence cadence,
                        CommitmentStatus status, Instant vendorConfirmedAt, Instant partnerConfirmedAt) {
}
