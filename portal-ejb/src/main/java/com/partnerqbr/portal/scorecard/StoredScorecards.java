package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.kernel.Quarter;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the scorecards of a range of partners hold for a quarter, read as plain values (three
 * projection queries) rather than as entities: a refresh compares each freshly computed
 * scorecard with it and loads as entities only the drafts that change. Building ten
 * thousand scorecards with their figures as managed entities, with EclipseLink's backup
 * copies for change detection, cost more than all the figures' arithmetic.
 */
final class StoredScorecards {

    /** One stored scorecard: its id, whether it is frozen, and its contents in the order shown. */
    record Stored(long id, boolean frozen, BigDecimal healthScore, int wonDeals, List<FigureValue> figures,
                  List<TalkingPoint> talkingPoints) {

        /** Whether a freshly computed result is exactly what is stored (numbers compared by value). */
        boolean holds(ScorecardCalculator.Result result) {
            if (!sameNumber(healthScore, result.healthScore()) || wonDeals != result.wonDeals()
                    || !talkingPoints.equals(result.talkingPoints())
                    || figures.size() != result.figures().size()) {
                return false;
            }
            for (int i = 0; i < figures.size(); i++) {
                FigureValue stored = figures.get(i);
                FigureValue computed = result.figures().get(i);
                if (stored.metric() != computed.metric() || stored.definitionVersion() != computed.definitionVersion()
                        || !sameNumber(stored.value(), computed.value()) || !sameNumber(stored.target(), computed.target())
                        || !Objects.equals(stored.detail(), computed.detail())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A stored scorecard's head row. */
    private record Head(Long partnerId, boolean frozen, BigDecimal healthScore, int wonDeals) {
    }

    private StoredScorecards() {
    }

    /** By partner id: the quarter's scorecards of the partners with ids from {@code first} to {@code last}. */
    static Map<Long, Stored> read(EntityManager em, Quarter quarter, long first, long last) {
        Map<Long, Head> heads = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, s.partnerId, s.status, s.healthScore, s.wonDeals FROM Scorecard s"
                        + " WHERE s.quarter = :quarter AND s.partnerId BETWEEN :first AND :last", Object[].class)
                .setParameter("quarter", quarter).setParameter("first", first).setParameter("last", last)
                .getResultList()) {
            heads.put((Long) row[0], new Head((Long) row[1], row[2] == ScorecardStatus.FROZEN, (BigDecimal) row[3],
                    (Integer) row[4]));
        }
        if (heads.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<FigureValue>> figures = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, f.metric, f.definitionVersion, f.value, f.target, f.detail"
                        + " FROM ScorecardFigure f JOIN f.scorecard s WHERE s.quarter = :quarter"
                        + " AND s.partnerId BETWEEN :first AND :last ORDER BY s.id, f.position", Object[].class)
                .setParameter("quarter", quarter).setParameter("first", first).setParameter("last", last)
                .getResultList()) {
            figures.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new FigureValue((Metric) row[1], (Integer) row[2], (BigDecimal) row[3], (BigDecimal) row[4],
                            (String) row[5]));
        }
        Map<Long, List<TalkingPoint>> points = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, tp.point.flag, tp.point.sentence FROM ScorecardTalkingPoint tp"
                        + " JOIN tp.scorecard s WHERE s.quarter = :quarter AND s.partnerId BETWEEN :first AND :last"
                        + " ORDER BY s.id, tp.position", Object[].class)
                .setParameter("quarter", quarter).setParameter("first", first).setParameter("last", last)
                .getResultList()) {
            points.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new TalkingPoint((Flag) row[1], (String) row[2]));
        }
        Map<Long, Stored> stored = new HashMap<>();
        heads.forEach((id, head) -> stored.put(head.partnerId(), new Stored(id, head.frozen(), head.healthScore(),
                head.wonDeals(), figures.getOrDefault(id, List.of()), points.getOrDefault(id, List.of()))));
        return stored;
    }

    /** Compares numbers by value, so that 2.50 read back from the database equals a computed 2.5. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
