package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.segment.PartnerStates.PartnerState;
import com.partnerqbr.portal.program.segment.Segmentation.Placement;
import com.partnerqbr.portal.program.segment.Segmentation.Revenue;
import com.partnerqbr.portal.program.tier.CriterionMeasure;
import com.partnerqbr.portal.program.tier.ProposalStatus;
import com.partnerqbr.portal.program.tier.Tier;
import com.partnerqbr.portal.program.tier.TierProposal;
import com.partnerqbr.portal.program.tier.TierProposalDecision;
import com.partnerqbr.portal.program.tier.TierRules.Rung;
import com.partnerqbr.portal.program.tier.TierRules;
import com.partnerqbr.portal.program.tier.TierService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.ParallelWork;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Recomputing a quarter's standings: every partner's trailing revenue, rank and segment
 * ({@link Segmentation}), its tier measures and eligibility ({@link TierRules}) and its tier
 * proposal ({@link TierProposalDecision}), in a fixed handful of set-based queries. The
 * standings are read and overridden through {@link StandingService}.
 */
@Stateless
public class SegmentationService {

    /** Standings and proposals loaded as entities at a time. */
    private static final int CHUNK = 1_000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private TierService tiers;

    @EJB
    private PartnerStates partnerStates;

    @EJB
    private ParallelWork parallel;

    /** What a recompute did. */
    public record RecomputeSummary(Quarter quarter, int partners, Map<Segment, Integer> segments, int proposalsRaised,
                                   int proposalsWithdrawn, Duration took) {
    }

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
        Caller caller = callerContext.require(Permission.RECOMPUTE_SEGMENTS);
        Instant start = Instant.now();
        Future<PartnerStates.States> reading = parallel.run(caller, () -> partnerStates.of(quarter));
        ProgramSettingsService.Settings settings = ProgramSettingsService.settingsOrDefaults(em);
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
            TierProposalDecision decision = TierProposalDecision.of(state.approvedRank(),
                    eligible == null ? 0 : eligible.rank(),
                    state.pendingProposalId() == null ? null : state.pendingRank(), state.rejectedRanks());
            if (decision.withdrawPending()) {
                withdraw.add(state.pendingProposalId());
            }
            if (decision.raise()) {
                em.persist(new TierProposal(em.getReference(Partner.class, id), quarter,
                        state.approvedTierId() == null ? null : em.getReference(Tier.class, state.approvedTierId()),
                        em.getReference(Tier.class, eligible.tierId()), decision.demotion(), now,
                        decision.demotion() ? graceUntil : null));
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
}
