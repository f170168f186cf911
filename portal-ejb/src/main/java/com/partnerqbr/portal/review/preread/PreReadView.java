package com.partnerqbr.portal.review.preread;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.attendee.AttendeeService.Attendees;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService.PipelineView;
import com.partnerqbr.portal.review.winloss.WinLossService.WinLossView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A QBR's pre-read, assembled: everything both sides read before the meeting, as pages and the
 * PDF show it. {@code scorecard} is null while the quarter has no scorecard.
 */
public record PreReadView(long qbrId, long version, String partnerName, String currency, Quarter quarter, Instant start, ZoneId zone,
                          int meetingMinutes, AgendaView agenda, Attendees attendees, ScorecardPart scorecard,
                          TierPart tier, List<String> openDisputes, String previousCommitments,
                          List<WinLossView> winLoss, List<PipelineView> openDeals, String decisionsNeeded,
                          String proposedPriorities, Instant agendaDue, Deadlines.Status agendaStatus,
                          Instant preReadDue, Deadlines.Status preReadStatus, Instant publishedAt, String publishedBy,
                          List<String> flags) {

    /** The scorecard's one-page summary: its state, health score, figures with trend, talking points. */
    public record ScorecardPart(String status, String healthScore, List<FigureLine> figures, List<String> talkingPoints) {
    }

    /** A figure: "Attributed revenue", "$120,000", "target $150,000", "$90,000 → $110,000 → $120,000". */
    public record FigureLine(String label, String value, String target, String trend) {
    }

    /** The tier, the next one and the progress to it in a sentence. */
    public record TierPart(String current, String next, String progress) {
    }

    /** Whether the pre-read was published to the partner. */
    public boolean published() {
        return publishedAt != null;
    }
}
