package com.partnerqbr.portal.review.healthcheck;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.healthcheck.HealthCheckGap.Gap;
import com.partnerqbr.portal.review.healthcheck.HealthCheckGap.Ratings;
import com.partnerqbr.portal.review.meeting.Amendments;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The health check of a QBR: each side's admin (the vendor's admins and partner managers, the
 * partner's admin) rates the four questions 1 to 5; each side sees only its own answers until both
 * answered or the meeting started (see {@link HealthCheckGap}), then both, the gap per question,
 * its trend since the previous QBR, and the flags.
 */
@Stateless
public class HealthCheckService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private Amendments amendments;

    /**
     * What a viewer sees: its side's ratings (null until answered), the other side's (null while
     * blind), who has answered, and the gaps once both are visible.
     */
    public record HealthCheckView(Side viewerSide, int[] own, int[] other, boolean vendorAnswered,
                                  boolean partnerAnswered, boolean othersVisible, List<Gap> gaps) {
    }

    /** Answers (or corrects) the caller's side's ratings, in the order of {@link HealthQuestion}. */
    public HealthCheckView answer(long qbrId, int[] ratings) {
        Qbr qbr = access.readable(qbrId);
        Side side = access.editingSide(qbr);
        if (ratings == null || ratings.length != HealthQuestion.values().length
                || Arrays.stream(ratings).anyMatch(r -> r < 1 || r > 5)) {
            throw new RefusedException("Rate each of the four questions from 1 (poor) to 5 (excellent).");
        }
        HealthCheck check = ofQbr(qbr).get(side);
        if (check == null) {
            check = new HealthCheck(qbr, side);
            em.persist(check);
        } else {
            amendments.changed(qbr, access.callerName(), side.getLabel() + " health check",
                    Arrays.toString(check.ratings()), Arrays.toString(ratings));
        }
        check.answer(ratings.clone(), access.callerName(), Instant.now());
        em.flush();
        return view(qbrId);
    }

    public HealthCheckView view(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        Side viewer = access.callerIsPartnerUser() ? Side.PARTNER : Side.VENDOR;
        Map<Side, HealthCheck> answered = ofQbr(qbr);
        boolean visible = HealthCheckGap.othersVisible(answered.keySet(), !qbr.getStart().isAfter(Instant.now()));
        HealthCheck own = answered.get(viewer);
        HealthCheck other = answered.get(viewer == Side.VENDOR ? Side.PARTNER : Side.VENDOR);
        List<Gap> gaps = List.of();
        if (visible && answered.size() == 2) {
            Map<Side, HealthCheck> before = previous(qbr);
            gaps = HealthCheckGap.gaps(ratings(answered.get(Side.VENDOR)), ratings(answered.get(Side.PARTNER)),
                    ratings(before.get(Side.VENDOR)), ratings(before.get(Side.PARTNER)));
        }
        return new HealthCheckView(viewer, own == null ? null : own.ratings(),
                visible && other != null ? other.ratings() : null, answered.containsKey(Side.VENDOR),
                answered.containsKey(Side.PARTNER), visible, gaps);
    }

    private Map<Side, HealthCheck> ofQbr(Qbr qbr) {
        Map<Side, HealthCheck> bySide = new EnumMap<>(Side.class);
        em.createQuery("SELECT h FROM HealthCheck h WHERE h.qbr = :qbr", HealthCheck.class).setParameter("qbr", qbr)
                .getResultList().forEach(h -> bySide.put(h.getSide(), h));
        return bySide;
    }

    /** The previous QBR's answers of the same partner (the latest earlier quarter with any). */
    private Map<Side, HealthCheck> previous(Qbr qbr) {
        Map<Side, HealthCheck> bySide = new EnumMap<>(Side.class);
        List<HealthCheck> earlier = em.createNamedQuery("HealthCheck.ofPartner", HealthCheck.class)
                .setParameter("partner", qbr.getPartner()).getResultList().stream()
                .filter(h -> h.getQbr().getQuarter().compareTo(qbr.getQuarter()) < 0).toList();
        if (!earlier.isEmpty()) {
            Qbr last = earlier.get(earlier.size() - 1).getQbr();
            earlier.stream().filter(h -> h.getQbr().getId().equals(last.getId()))
                    .forEach(h -> bySide.put(h.getSide(), h));
        }
        return bySide;
    }

    private static Ratings ratings(HealthCheck check) {
        return check == null ? null : new Ratings(check.ratings());
    }
}
