package com.partnerqbr.portal.review.progress;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.ReviewFormatService;
import com.partnerqbr.portal.program.segment.ReviewFormats.Format;
import com.partnerqbr.portal.program.segment.ReviewFormats;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.StandingService.Movement;
import com.partnerqbr.portal.program.segment.StandingService.StandingView;
import com.partnerqbr.portal.program.segment.StandingService;
import com.partnerqbr.portal.program.tier.CriterionMeasure;
import com.partnerqbr.portal.program.tier.Tier;
import com.partnerqbr.portal.program.tier.TierRules.Progress;
import com.partnerqbr.portal.program.tier.TierRules.Rung;
import com.partnerqbr.portal.program.tier.TierRules;
import com.partnerqbr.portal.program.tier.TierService.ProposalView;
import com.partnerqbr.portal.program.tier.TierService;
import com.partnerqbr.portal.review.QbrRules.Next;
import com.partnerqbr.portal.review.QbrService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's tier and segment as its home page shows them: the approved tier, the next tier
 * of the ladder in force with the progress on each of its criteria, the segment and what it
 * means, the last movement and a pending proposal (a demotion is a warning). Vendor staff read
 * any partner of their vendor; a partner user only its own.
 */
@Stateless
public class TierProgressService {

    @EJB
    private PartnerService partners;

    @EJB
    private TierService tiers;

    @EJB
    private ProgramSettingsService programSettings;

    @EJB
    private ReviewFormatService reviewFormats;

    @EJB
    private StandingService standings;

    @EJB
    private QbrService qbrs;

    @EJB
    private ProgramClock programClock;

    /** Everything the partner's tier-progress panel shows. */
    public record TierProgressView(long partnerId, String partnerName, String currentTier, String currentBenefits,
                                   int approvedUnderLadderVersion, int ladderVersion, String nextTier,
                                   String nextBenefits, Progress progress, Quarter measuredIn, String eligibleTier,
                                   Segment segment, Segment computedSegment, long standingVersion,
                                   String segmentOverrideReason, String segmentMeaning,
                                   String lastMovement, ProposalView proposal, String proposalText) {
    }

    /** The calling partner user's own progress. */
    public TierProgressView ownProgress() {
        return progress(partners.ownPartner(), true);
    }

    public TierProgressView progress(long partnerId) {
        return progress(partners.find(partnerId), false);
    }

    /** own: said to the partner ("Your next QBR..."), else about it ("The next QBR of Brightpath..."). */
    private TierProgressView progress(Partner partner, boolean own) {
        LocalDate today = ProgramCalendar.today();
        Tier approved = partner.getTier();
        List<StandingView> history = standings.history(partner.getId());
        StandingView latest = history.isEmpty() ? null : history.get(0);
        Map<CriterionMeasure, BigDecimal> values = new EnumMap<>(CriterionMeasure.class);
        if (latest != null) {
            values.put(CriterionMeasure.TRAILING_REVENUE, latest.trailingRevenue());
            values.put(CriterionMeasure.WON_DEALS, BigDecimal.valueOf(latest.wonDeals()));
            values.put(CriterionMeasure.CERTIFIED_PEOPLE, BigDecimal.valueOf(latest.certifiedPeople()));
            if (latest.enablementCompletion() != null) {
                values.put(CriterionMeasure.ENABLEMENT_COMPLETION, latest.enablementCompletion());
            }
        }
        Quarter current = ProgramCalendar.currentQuarter();
        Quarter deadlineQuarter = latest != null && latest.quarter().compareTo(current) > 0 ? latest.quarter() : current;
        List<Rung> ladder = tiers.rungs();
        Rung next = TierRules.next(ladder, approved == null ? 0 : approved.getRank()).orElse(null);
        Progress progress = next == null ? null
                : TierRules.progress(next, values, deadlineQuarter.lastDay(), tiers.currency());
        Segment segment = latest == null ? null : latest.effectiveSegment();
        String meaning = segment == null ? null : reviewFormats.formats().stream()
                .filter(f -> f.segment() == segment).findFirst()
                .map(f -> meaning(f, partner, own, today)).orElse(null);
        List<Movement> movements = standings.movementsOf(partner.getId());
        ProposalView proposal = tiers.pendingProposal(partner.getId());
        return new TierProgressView(partner.getId(), partner.getName(), approved == null ? null : approved.getName(),
                approved == null ? null : approved.getBenefits(), approved == null ? 0 : approved.getLadderVersion(),
                tiers.ladderVersion(), next == null ? null : next.name(), next == null ? null : next.benefits(),
                progress, latest == null ? null : latest.quarter(), latest == null ? null : latest.eligibleTier(),
                segment, latest == null ? null : latest.computedSegment(), latest == null ? -1 : latest.version(),
                latest == null ? null : latest.overrideReason(), meaning,
                movements.isEmpty() ? null : movements.get(0).text(), proposal, proposalText(proposal));
    }

    /** What the segment's format means for the partner: its next QBR, or the next program review, or the e-mail. */
    private String meaning(Format format, Partner partner, boolean own, LocalDate today) {
        String about = own ? null : partner.getName();
        return switch (format.cadence()) {
            case QUARTERLY_QBR -> {
                Next next = qbrs.next(partner.getId());
                yield ReviewFormats.meaning(format, about, next.scheduledFor(), next.dueBy(), null,
                        programClock.viewerZone());
            }
            case MONTHLY_PROGRAM_REVIEW -> ReviewFormats.meaning(format, about, null, null,
                    programSettings.programReviewDay().next(today), null);
            case SCORECARD_EMAIL -> ReviewFormats.meaning(format, about, null, null, null, null);
        };
    }

    /** The proposal in words for the partner: a promotion waiting for approval, or a demotion's warning. */
    static String proposalText(ProposalView p) {
        if (p == null) {
            return null;
        }
        if (!p.demotion()) {
            return "Your figures of " + p.quarter() + " qualify for " + p.toTier()
                    + ": the promotion is waiting for the vendor's approval.";
        }
        return "Warning: your figures of " + p.quarter() + " no longer meet " + p.fromTier() + ". Unless they do again"
                + (p.graceUntil() == null ? "" : " by " + p.graceUntil())
                + ", the vendor may move you to " + p.toTier() + ".";
    }
}
