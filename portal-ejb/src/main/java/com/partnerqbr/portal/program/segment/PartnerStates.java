package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a segment recompute needs to know of every partner besides its trailing revenue and
 * won deals, read in projection queries: its approved tier, its standing of the quarter (none
 * before the first recompute), its pending tier proposal, how many of its people are
 * certified and the enablement completion of its scorecard of the quarter. A bean of its own
 * so that {@link SegmentationService#recompute} can read it while it adds up the scorecards.
 */
@Stateless
public class PartnerStates {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    /**
     * One partner's state; {@code stored} is null without a standing of the quarter;
     * {@code rejectedRanks} are the ranks of the tiers a vendor admin already refused it for
     * this quarter.
     */
    public record PartnerState(Long approvedTierId, int approvedRank, Long standingId, Standing.Measures stored,
                               Segment overrideSegment, Long pendingProposalId, int pendingRank,
                               Set<Integer> rejectedRanks) {
    }

    /**
     * Every partner's state, its certified people (people with a certification completed by
     * the quarter's end) and the enablement-completion figure of its scorecard of the quarter
     * (no entry without one), by partner id.
     */
    public record States(Map<Long, PartnerState> partners, Map<Long, Integer> certifiedPeople,
                         Map<Long, BigDecimal> enablementCompletion) {
    }

    public States of(Quarter quarter) {
        callerContext.requireVendorStaff("the partners' standings are for vendor staff");
        return new States(partners(quarter), certifiedPeople(quarter), enablementCompletion(quarter));
    }

    /** A partner's standing of the quarter as stored. */
    private record StoredStanding(Long standingId, Standing.Measures measures, Segment overrideSegment) {
    }

    /** A partner's pending tier proposal. */
    private record PendingProposal(Long proposalId, int rank) {
    }

    /**
     * By partner id, in four projection queries, each row named where it is read (EclipseLink
     * puts the tenant criteria of an entity joined with ON into the WHERE clause, so one
     * outer-joined query would lose the partners without a standing).
     */
    private Map<Long, PartnerState> partners(Quarter quarter) {
        Map<Long, StoredStanding> standings = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.partner.id, s.id, s.trailingRevenue, s.revenueRank, s.wonDeals,"
                        + " s.certifiedPeople, s.enablementCompletion, s.computedSegment, t.id, s.overrideSegment"
                        + " FROM Standing s LEFT JOIN s.eligibleTier t WHERE s.quarter = :quarter", Object[].class)
                .setParameter("quarter", quarter).getResultList()) {
            standings.put((Long) row[0], new StoredStanding((Long) row[1], new Standing.Measures((BigDecimal) row[2],
                    (Integer) row[3], (Integer) row[4], (Integer) row[5], (BigDecimal) row[6], (Segment) row[7],
                    (Long) row[8]), (Segment) row[9]));
        }
        Map<Long, PendingProposal> pending = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.partner.id, p.id, t.rank FROM TierProposal p JOIN p.toTier t"
                + " WHERE p.status = com.partnerqbr.portal.program.tier.ProposalStatus.PENDING", Object[].class)
                .getResultList()) {
            pending.put((Long) row[0], new PendingProposal((Long) row[1], (Integer) row[2]));
        }
        Map<Long, Set<Integer>> rejected = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.partner.id, t.rank FROM TierProposal p JOIN p.toTier t"
                        + " WHERE p.quarter = :quarter"
                        + " AND p.status = com.partnerqbr.portal.program.tier.ProposalStatus.REJECTED", Object[].class)
                .setParameter("quarter", quarter).getResultList()) {
            rejected.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Integer) row[1]);
        }
        Map<Long, PartnerState> states = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.id, t.id, t.rank FROM Partner p LEFT JOIN p.tier t WHERE p.archivedAt IS NULL",
                Object[].class).getResultList()) {
            Long id = (Long) row[0];
            Long approvedTierId = (Long) row[1];
            int approvedRank = row[2] == null ? 0 : (Integer) row[2];
            StoredStanding stored = standings.get(id);
            PendingProposal open = pending.get(id);
            states.put(id, new PartnerState(approvedTierId, approvedRank,
                    stored == null ? null : stored.standingId(), stored == null ? null : stored.measures(),
                    stored == null ? null : stored.overrideSegment(), open == null ? null : open.proposalId(),
                    open == null ? 0 : open.rank(), rejected.getOrDefault(id, Set.of())));
        }
        return states;
    }

    private Map<Long, Integer> certifiedPeople(Quarter quarter) {
        Map<Long, Integer> certified = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.partnerId, COUNT(DISTINCT e.person) FROM EnablementRecord e"
                        + " WHERE e.certification = TRUE AND e.completedOn <= :to GROUP BY e.partnerId", Object[].class)
                .setParameter("to", quarter.lastDay()).getResultList()) {
            certified.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return certified;
    }

    private Map<Long, BigDecimal> enablementCompletion(Quarter quarter) {
        Map<Long, BigDecimal> completion = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.partnerId, f.value FROM ScorecardFigure f JOIN f.scorecard s"
                        + " WHERE s.quarter = :quarter AND f.metric = :enablement", Object[].class)
                .setParameter("quarter", quarter).setParameter("enablement", Metric.ENABLEMENT_COMPLETION)
                .getResultList()) {
            // a figure without a value (nobody enrolled) counts as 0, as the tier criterion reads it
            completion.put((Long) row[0], row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1]);
        }
        return completion;
    }
}
