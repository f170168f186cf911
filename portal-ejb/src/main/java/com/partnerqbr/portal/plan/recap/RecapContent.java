package com.partnerqbr.portal.plan.recap;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.review.preread.PreReadView.FigureLine;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a QBR's recap says, generated from its record: the key figures reviewed, the decisions,
 * the commitments with owners and dates, the bets with targets, the partner's feedback and the
 * vendor's response, the health-check gaps, and the next QBR (its scheduled date or the day it is
 * due by). Times in the program's zone, named.
 *
 * @param feedback    the partner's answer with its theme, or null when it gave none
 * @param response    the vendor's response, or null
 * @param nextQbr     "scheduled for ..." or "due by ..."
 */
public record RecapContent(String vendorName, String partnerName, Quarter quarter, Instant start, ZoneId zone,
                           List<String> attended, List<FigureLine> figures, List<String> decisions,
                           List<CommitmentLine> commitments, List<BetLine> bets, String feedback, String response,
                           List<String> healthGaps, String nextQbr) {

    /** "Vendor: Max Manager", "Reach 20 certified sellers", due 2027-01-31. */
    public record CommitmentLine(String side, String owner, String outcome, String dueDate) {
    }

    /** "Grow attributed revenue", "Attributed revenue", "target $150,000", what each side commits. */
    public record BetLine(String title, String metric, String target, String vendorCommitment,
                          String partnerCommitment) {
    }
}
