package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.tier.Tier;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The partners' standings as the recompute left them: one partner's standing and history with
 * its segment movements, overriding a segment, and the program dashboard's segment figures
 * (movements of a quarter, partners per segment and tier). Vendor admins override; vendor staff
 * read the program; a partner user reads only its own partner's standing.
 */
@Stateless
public class StandingService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

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

    /**
     * Overrides a partner's segment for a quarter with a reason (null segment: back to the
     * computed one). Refused without a reason, or when the standing changed since it was read.
     */
    public StandingView override(long partnerId, Quarter quarter, Segment segment, String reason, long expectedVersion) {
        Caller caller = callerContext.current();
        callerContext.require(Permission.OVERRIDE_SEGMENT);
        Partner partner = partners.find(partnerId);
        Standing standing = standing(partner, quarter);
        Quarter current = em.createNamedQuery("Standing.ofPartner", Standing.class).setParameter("partner", partner)
                .setMaxResults(1).getSingleResult().getQuarter();
        if (!current.equals(quarter)) {
            throw new RefusedException("Only the current standing (" + current + ") can be overridden; the segment of "
                    + quarter + " is history.");
        }
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
}
