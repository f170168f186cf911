package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.program.ProgramSettings;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.segment.PartnerStates.PartnerState;
import com.partnerqbr.portal.program.segment.ReviewFormats.Format;
import com.partnerqbr.portal.program.segment.Segmentation.Placement;
import com.partnerqbr.portal.program.segment.Segmentation.Revenue;
import com.partnerqbr.portal.program.segment.Segmentation.Rules;
import com.partnerqbr.portal.program.tier.CriterionMeasure;
import com.partnerqbr.portal.program.tier.ProposalStatus;
import com.partnerqbr.portal.program.tier.Tier;
import com.partnerqbr.portal.program.tier.TierProposal;
import com.partnerqbr.portal.program.tier.TierRules;
import com.partnerqbr.portal.program.tier.TierRules.Rung;
import com.partnerqbr.portal.program.tier.TierService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.ParallelWork;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Segments and the quarter's standing of every partner: the vendor's segment settings, the
 * day of its monthly program review and its review formats, recomputing a quarter (segments,
 * tier eligibility, tier proposals) in a fixed handful of set-based queries, overrides,
 * movements and the program dashboard's segment figures (its QBR lists are {@code QbrService}'s).
 * Vendor admins change settings and overrides; vendor staff read the program; a partner user
 * reads only its own partner's standing.
 */
@Stateless
public class SegmentationService {

    private static final Set<Role> MAY_RECOMPUTE = Set.of(Role.VENDOR_ADMIN, Role.PARTNER_MANAGER);

    /** Standings and proposals loaded as entities at a time. */
    private static final int CHUNK = 1_000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private TierService tiers;

    @EJB
    private PartnerStates partnerStates;

    @EJB
    private ParallelWork parallel;

    /** The vendor's program settings; version -1 when never saved (the defaults). */
    public record Settings(int strategicPercent, int growthPercent, BigDecimal longTailThreshold, int demotionGraceDays,
                           ProgramReviewDay programReviewDay, long version) {

        public Rules rules() {
            return new Rules(strategicPercent, growthPercent, longTailThreshold);
        }
    }

    /** What a recompute did. */
    public record RecomputeSummary(Quarter quarter, int partners, Map<Segment, Integer> segments, int proposalsRaised,
                                   int proposalsWithdrawn, Duration took) {
    }

    /** A partner's standing in a quarter. */
    public record StandingView(long standingId, long version, long partnerId, String partnerName, Quarter quarter,
                               BigDecimal trailingRevenue, int rank, Segment computedSegment, Segment overrideSegment,
                               String overrideReason, String overriddenBy, Segment effectiveSegment,
                               String eligibleTier, Integer eligibleRank, int wonDeals, int certifiedPeople,
                               BigDecimal enablementCompletion) {
    }

    /** A partner that changed segment between the previous quarter and this one. */
    public record Movement(long partnerId, String partnerName, Quarter quarter, Segment from, Segment to) {

        /** "moved growth → strategic in 2026-Q3". */
        public String text() {
            return "moved " + Segment.movement(from, to) + " in " + quarter;
        }
    }

    /** How many partners of a segment hold a tier (null tier name: none approved). */
    public record SegmentTierCount(Segment segment, String tier, int tierRank, long partners) {
    }

    // ---------------------------------------------------------------- settings

    public Settings settings() {
        requireVendorStaff();
        return settingsOrDefaults();
    }

    private Settings settingsOrDefaults() {
        return em.createNamedQuery("ProgramSettings.ofVendor", ProgramSettings.class).getResultStream().findFirst()
                .map(s -> new Settings(s.getStrategicPercent(), s.getGrowthPercent(), s.getLongTailThreshold(),
                        s.getDemotionGraceDays(), new ProgramReviewDay(s.getProgramReviewWeek(), s.getProgramReviewDay()),
                        s.getVersion()))
                .orElse(new Settings(ProgramSettings.DEFAULT_STRATEGIC_PERCENT, ProgramSettings.DEFAULT_GROWTH_PERCENT,
                        ProgramSettings.DEFAULT_LONG_TAIL_THRESHOLD, ProgramSettings.DEFAULT_DEMOTION_GRACE_DAYS,
                        new ProgramReviewDay(ProgramSettings.DEFAULT_PROGRAM_REVIEW_WEEK,
                                ProgramSettings.DEFAULT_PROGRAM_REVIEW_DAY), -1));
    }

    /** The day of the month of the vendor's monthly program review; everyone of the vendor may read it. */
    public ProgramReviewDay programReviewDay() {
        return settingsOrDefaults().programReviewDay();
    }

    /**
     * Saves the segment settings; refused when invalid or when someone saved since {@code
     * expectedVersion} was read (-1: never saved). They apply from the next recompute.
     */
    public Settings saveSettings(int strategicPercent, int growthPercent, BigDecimal longTailThreshold,
                                 int demotionGraceDays, long expectedVersion) {
        requireAdmin("changing the segment settings");
        if (longTailThreshold == null) {
            throw new RefusedException("Enter a long-tail threshold (0 or more).");
        }
        try {
            new Rules(strategicPercent, growthPercent, longTailThreshold);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(capitalized(e.getMessage()) + ".");
        }
        if (longTailThreshold.compareTo(new BigDecimal("10000000000")) >= 0 || longTailThreshold.scale() > 2) {
            throw new RefusedException("The long-tail threshold must be below 10,000,000,000 with at most 2 decimals.");
        }
        if (demotionGraceDays < 0 || demotionGraceDays > 365) {
            throw new RefusedException("The demotion grace period must be 0 to 365 days.");
        }
        storedSettings(expectedVersion, "the segment settings")
                .update(strategicPercent, growthPercent, longTailThreshold, demotionGraceDays);
        em.flush();
        return settingsOrDefaults();
    }

    /**
     * Sets the day of the monthly program review (e.g. the first Tuesday, the default); refused
     * when it is not a weekday Monday to Friday, or when someone saved the program settings since
     * {@code expectedVersion} was read (-1: never saved).
     */
    public Settings saveProgramReviewDay(WeekOfMonth week, DayOfWeek day, long expectedVersion) {
        requireAdmin("changing the program review day");
        ProgramReviewDay reviewDay;
        try {
            reviewDay = new ProgramReviewDay(week, day);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(capitalized(e.getMessage()) + ".");
        }
        storedSettings(expectedVersion, "the program settings").scheduleProgramReview(reviewDay.week(), reviewDay.day());
        em.flush();
        return settingsOrDefaults();
    }

    /** The vendor's settings row to change (new if never saved); refused when saved since {@code expectedVersion}. */
    private ProgramSettings storedSettings(long expectedVersion, String what) {
        ProgramSettings stored = em.createNamedQuery("ProgramSettings.ofVendor", ProgramSettings.class)
                .getResultStream().findFirst().orElse(null);
        long current = stored == null ? -1 : stored.getVersion();
        if (current != expectedVersion) {
            throw new RefusedException("Someone changed " + what + " since you opened them; reload and try again.");
        }
        if (stored == null) {
            stored = new ProgramSettings();
            em.persist(stored);
        }
        return stored;
    }

    // ---------------------------------------------------------------- review formats

    /** The review format of every segment, the vendor's where it edited one, else the default. */
    public List<Format> formats() {
        Map<Segment, Format> formats = new EnumMap<>(Segment.class);
        ReviewFormats.defaults().forEach(f -> formats.put(f.segment(), f));
        for (ReviewFormat f : em.createNamedQuery("ReviewFormat.all", ReviewFormat.class).getResultList()) {
            formats.put(f.getSegment(), new Format(f.getSegment(), f.getCadence(), f.getMeetingMinutes(), f.getMeeting(),
                    f.getBetweenReviews(), f.getVersion()));
        }
        return List.copyOf(formats.values());
    }

    /** Saves one segment's format; refused when invalid or stale (version -1: the default was shown). */
    public Format saveFormat(Segment segment, ReviewCadence cadence, int meetingMinutes, String meeting,
                             String betweenReviews, long expectedVersion) {
        requireAdmin("changing the review formats");
        if (segment == null || cadence == null) {
            throw new RefusedException("Choose the segment and how it is reviewed.");
        }
        if (meetingMinutes < 0 || meetingMinutes > 480) {
            throw new RefusedException("The meeting length must be 0 to 480 minutes.");
        }
        if (meeting == null || meeting.isBlank() || meeting.strip().length() > 300) {
            throw new RefusedException("Describe the review in 1 to 300 characters.");
        }
        if (betweenReviews == null || betweenReviews.isBlank() || betweenReviews.strip().length() > 300) {
            throw new RefusedException("Describe what happens between reviews in 1 to 300 characters.");
        }
        ReviewFormat stored = em.createNamedQuery("ReviewFormat.all", ReviewFormat.class).getResultStream()
                .filter(f -> f.getSegment() == segment).findFirst().orElse(null);
        long current = stored == null ? -1 : stored.getVersion();
        if (current != expectedVersion) {
            throw new RefusedException("Someone changed the " + segment.getLabel().toLowerCase(java.util.Locale.ROOT)
                    + " format since you opened it; reload and try again.");
        }
        if (stored == null) {
            stored = new ReviewFormat(segment);
            em.persist(stored);
        }
        stored.update(cadence, meetingMinutes, meeting.strip(), betweenReviews.strip());
        em.flush();
        return formats().stream().filter(f -> f.segment() == segment).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- recompute

    /**
     * Recomputes every partner's standing for a quarter: trailing revenue, rank and segment,
     * the tier measures and eligibility on the ladder in force. Overrides are kept. For a
     * complete quarter that is the latest with standings, a partner whose eligibility differs
     * from its approved tier gets a pending proposal (one per partner; a pending proposal the
     * figures no longer ask for is withdrawn; a change rejected for the quarter is not proposed
     * again for it).
     *
     * <p>Trailing revenue, won deals and enablement completion are read from the partners'
     * scorecards of the trailing quarters (frozen ones as frozen), certified people from the
     * enablement records. Reads are a fixed handful of grouped and projection queries whatever
     * the number of partners, the partners' states ({@link PartnerStates}) read on another
     * thread while the scorecards are; only standings and proposals that change are written.
     */
    public RecomputeSummary recompute(Quarter quarter) {
        Caller caller = callerContext.current();
        if (MAY_RECOMPUTE.stream().noneMatch(caller::hasRole)) {
            throw new AccessDeniedException("recomputing segments is for the vendor's admins and partner managers");
        }
        Instant start = Instant.now();
        Future<PartnerStates.States> reading = parallel.run(caller, () -> partnerStates.of(quarter));
        Settings settings = settingsOrDefaults();
        Map<Long, ScorecardMeasures> measured = scorecardMeasures(quarter);
        List<Rung> ladder = tiers.rungs();
        boolean raiseProposals = quarter.lastDay().isBefore(ProgramCalendar.today()) && !laterCompleteStandings(quarter);
        PartnerStates.States states = ParallelWork.result(reading);
        Map<Long, PartnerState> partners = states.partners();
        Map<Long, Integer> certified = states.certifiedPeople();
        Map<Long, BigDecimal> enablement = states.enablementCompletion();

        List<Revenue> revenues = new ArrayList<>(partners.size());
        for (Long id : partners.keySet()) {
            ScorecardMeasures m = measured.get(id);
            revenues.add(new Revenue(id, m == null ? BigDecimal.ZERO : m.trailingRevenue()));
        }
        List<Placement> placements = Segmentation.place(revenues, settings.rules());
        Instant now = Instant.now();
        LocalDate graceUntil = ProgramCalendar.today().plusDays(settings.demotionGraceDays());
        Map<Segment, Integer> counts = new EnumMap<>(Segment.class);
        Map<Long, Standing.Measures> changed = new HashMap<>();
        List<Long> withdraw = new ArrayList<>();
        int raised = 0;
        for (Placement placement : placements) {
            long id = placement.partnerId();
            ScorecardMeasures m = measured.getOrDefault(id, ScorecardMeasures.NONE);
            int certifiedPeople = certified.getOrDefault(id, 0);
            Map<CriterionMeasure, BigDecimal> values = new EnumMap<>(CriterionMeasure.class);
            values.put(CriterionMeasure.TRAILING_REVENUE, placement.trailingRevenue());
            values.put(CriterionMeasure.WON_DEALS, BigDecimal.valueOf(m.wonDeals()));
            values.put(CriterionMeasure.CERTIFIED_PEOPLE, BigDecimal.valueOf(certifiedPeople));
            BigDecimal enablementCompletion = enablement.get(id);
            values.put(CriterionMeasure.ENABLEMENT_COMPLETION,
                    enablementCompletion == null ? BigDecimal.ZERO : enablementCompletion);
            Rung eligible = TierRules.eligible(ladder, values).orElse(null);
            Standing.Measures fresh = new Standing.Measures(placement.trailingRevenue(), placement.rank(),
                    m.wonDeals(), certifiedPeople, enablementCompletion, placement.segment(),
                    eligible == null ? null : eligible.tierId());
            PartnerState state = partners.get(id);
            if (!fresh.equals(state.stored())) {
                changed.put(id, fresh);
            }
            counts.merge(state.overrideSegment() != null ? state.overrideSegment() : fresh.computedSegment(), 1,
                    Integer::sum);
            if (!raiseProposals) {
                continue;
            }
            int have = state.approvedRank();
            int want = eligible == null ? 0 : eligible.rank();
            boolean matches = state.pendingProposalId() != null && want != have && state.pendingRank() == want;
            if (state.pendingProposalId() != null && !matches) {
                withdraw.add(state.pendingProposalId());
            }
            // a change a vendor admin refused for this quarter is not asked for again (next quarter's figures may)
            if (want != have && eligible != null && !matches && !state.rejectedRanks().contains(want)) {
                boolean demotion = want < have;
                em.persist(new TierProposal(em.getReference(Partner.class, id), quarter,
                        state.approvedTierId() == null ? null : em.getReference(Tier.class, state.approvedTierId()),
                        em.getReference(Tier.class, eligible.tierId()), demotion, now, demotion ? graceUntil : null));
                raised++;
            }
        }
        write(quarter, changed, partners, now);
        for (List<Long> ids : chunks(withdraw)) {
            for (TierProposal p : em.createNamedQuery("TierProposal.withIds", TierProposal.class)
                    .setParameter("ids", ids).getResultList()) {
                p.decide(ProposalStatus.WITHDRAWN, "system",
                        "The figures of " + quarter + " no longer ask for this change.", now);
            }
        }
        em.flush();
        return new RecomputeSummary(quarter, placements.size(), counts, raised, withdraw.size(),
                Duration.between(start, Instant.now()));
    }

    /** A partner's trailing measures from its scorecards. */
    private record ScorecardMeasures(BigDecimal trailingRevenue, int wonDeals) {
        static final ScorecardMeasures NONE = new ScorecardMeasures(BigDecimal.ZERO, 0);
    }

    /**
     * By partner: the attributed-revenue figures and won deals of its scorecards of the
     * {@value Segmentation#TRAILING_QUARTERS} quarters ending with {@code quarter} added up;
     * one grouped query.
     */
    private Map<Long, ScorecardMeasures> scorecardMeasures(Quarter quarter) {
        Map<Long, ScorecardMeasures> measures = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.partnerId, SUM(f.value), SUM(s.wonDeals)"
                        + " FROM ScorecardFigure f JOIN f.scorecard s WHERE s.quarter >= :from AND s.quarter <= :to"
                        + " AND f.metric = :revenue GROUP BY s.partnerId", Object[].class)
                .setParameter("revenue", Metric.ATTRIBUTED_REVENUE)
                .setParameter("from", quarter.minus(Segmentation.TRAILING_QUARTERS - 1)).setParameter("to", quarter)
                .getResultList()) {
            measures.put((Long) row[0], new ScorecardMeasures(number(row[1]), number(row[2]).intValue()));
        }
        return measures;
    }

    /** Writes the standings whose measures changed: new ones persisted, the others loaded a chunk at a time. */
    private void write(Quarter quarter, Map<Long, Standing.Measures> changed, Map<Long, PartnerState> partners,
                       Instant now) {
        Map<Long, Long> partnerOf = new HashMap<>();
        List<Long> existing = new ArrayList<>();
        changed.forEach((partnerId, measures) -> {
            Long standingId = partners.get(partnerId).standingId();
            if (standingId == null) {
                Standing standing = new Standing(em.getReference(Partner.class, partnerId), quarter);
                standing.compute(measures, tier(measures), now);
                em.persist(standing);
            } else {
                existing.add(standingId);
                partnerOf.put(standingId, partnerId);
            }
        });
        for (List<Long> ids : chunks(existing)) {
            for (Standing standing : em.createNamedQuery("Standing.withIds", Standing.class).setParameter("ids", ids)
                    .getResultList()) {
                Standing.Measures measures = changed.get(partnerOf.get(standing.getId()));
                standing.compute(measures, tier(measures), now);
            }
        }
    }

    private Tier tier(Standing.Measures measures) {
        return measures.eligibleTierId() == null ? null : em.getReference(Tier.class, measures.eligibleTierId());
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(i + CHUNK, all.size())));
        }
        return chunks;
    }

    private static BigDecimal number(Object value) {
        return value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).longValue());
    }

    private boolean laterCompleteStandings(Quarter quarter) {
        Quarter lastComplete = ProgramCalendar.currentQuarter().previous();
        if (quarter.compareTo(lastComplete) >= 0) {
            return false;
        }
        return em.createQuery("SELECT COUNT(s) FROM Standing s WHERE s.quarter > :quarter AND s.quarter <= :last",
                        Long.class).setParameter("quarter", quarter).setParameter("last", lastComplete)
                .getSingleResult() > 0;
    }

    // ---------------------------------------------------------------- overrides and history

    /**
     * Overrides a partner's segment for a quarter with a reason (null segment: back to the
     * computed one). Refused without a reason, or when the standing changed since it was read.
     */
    public StandingView override(long partnerId, Quarter quarter, Segment segment, String reason, long expectedVersion) {
        Caller caller = callerContext.current();
        requireAdmin("overriding a segment");
        Partner partner = partners.find(partnerId);
        Standing standing = standing(partner, quarter);
        if (segment != null && (reason == null || reason.isBlank())) {
            throw new RefusedException("Say why the segment is overridden.");
        }
        if (reason != null && reason.strip().length() > 500) {
            throw new RefusedException("Keep the reason to 500 characters.");
        }
        if (standing.getVersion() != expectedVersion) {
            throw new RefusedException("The standing of " + partner.getName() + " changed since you opened it; reload and try again.");
        }
        standing.override(segment, segment == null ? null : reason.strip(), caller.name(), Instant.now());
        em.flush();
        return view(standing);
    }

    /** A partner's standing in a quarter; vendor staff for any partner, a partner user only its own. */
    public StandingView standing(long partnerId, Quarter quarter) {
        return view(standing(partners.find(partnerId), quarter));
    }

    /** A partner's standings, newest first; vendor staff for any partner, a partner user only its own. */
    public List<StandingView> history(long partnerId) {
        Partner partner = partners.find(partnerId);
        return em.createNamedQuery("Standing.ofPartner", Standing.class).setParameter("partner", partner)
                .getResultList().stream().map(this::view).toList();
    }

    /** A partner's segment movements, newest first, from its standings. */
    public List<Movement> movementsOf(long partnerId) {
        List<StandingView> history = history(partnerId);
        List<Movement> movements = new ArrayList<>();
        for (int i = 0; i + 1 < history.size(); i++) {
            StandingView now = history.get(i);
            StandingView before = history.get(i + 1);
            if (before.quarter().equals(now.quarter().previous()) && before.effectiveSegment() != now.effectiveSegment()) {
                movements.add(new Movement(now.partnerId(), now.partnerName(), now.quarter(), before.effectiveSegment(),
                        now.effectiveSegment()));
            }
        }
        return movements;
    }

    private Standing standing(Partner partner, Quarter quarter) {
        return em.createQuery("SELECT s FROM Standing s WHERE s.partner = :partner AND s.quarter = :quarter",
                        Standing.class).setParameter("partner", partner).setParameter("quarter", quarter)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("standing of " + quarter + " for this partner", partner.getId()));
    }

    private StandingView view(Standing s) {
        Tier eligible = s.getEligibleTier();
        return new StandingView(s.getId(), s.getVersion(), s.getPartner().getId(), s.getPartner().getName(),
                s.getQuarter(), s.getTrailingRevenue(), s.getRevenueRank(), s.getComputedSegment(),
                s.getOverrideSegment(), s.getOverrideReason(), s.getOverriddenBy(), s.getEffectiveSegment(),
                eligible == null ? null : eligible.getName(), eligible == null ? null : eligible.getRank(),
                s.getWonDeals(), s.getCertifiedPeople(), s.getEnablementCompletion());
    }

    // ---------------------------------------------------------------- the program dashboard

    /** Partners who changed segment from the previous quarter to this one, by name. */
    public List<Movement> movements(Quarter quarter) {
        requireVendorStaff();
        return em.createQuery("SELECT p.id, p.name, b.effectiveSegment, s.effectiveSegment FROM Standing s"
                        + " JOIN s.partner p, Standing b WHERE s.quarter = :quarter AND b.quarter = :before"
                        + " AND b.partner = s.partner AND b.effectiveSegment <> s.effectiveSegment ORDER BY p.name",
                        Object[].class)
                .setParameter("quarter", quarter).setParameter("before", quarter.previous()).getResultList().stream()
                .map(r -> new Movement((Long) r[0], (String) r[1], quarter, (Segment) r[2], (Segment) r[3])).toList();
    }

    /** Partners per effective segment and approved tier in a quarter. */
    public List<SegmentTierCount> segmentsAndTiers(Quarter quarter) {
        requireVendorStaff();
        return em.createQuery("SELECT s.effectiveSegment, t.name, t.rank, COUNT(s) FROM Standing s JOIN s.partner p"
                        + " LEFT JOIN p.tier t WHERE s.quarter = :quarter GROUP BY s.effectiveSegment, t.name, t.rank",
                        Object[].class).setParameter("quarter", quarter).getResultList().stream()
                .map(r -> new SegmentTierCount((Segment) r[0], (String) r[1], r[2] == null ? 0 : (Integer) r[2],
                        (Long) r[3]))
                .toList();
    }

    private void requireVendorStaff() {
        callerContext.requireVendorStaff("the program dashboard is for vendor staff");
    }

    private void requireAdmin(String what) {
        callerContext.requireAnyRole(what + " is for the vendor's admins", Role.VENDOR_ADMIN);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
