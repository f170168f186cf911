package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.tier.Tier;
import com.partnerqbr.portal.scorecard.Flag;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.Scorecard;
import com.partnerqbr.portal.scorecard.ScorecardFigure;
import com.partnerqbr.portal.scorecard.ScorecardStatus;
import com.partnerqbr.portal.scorecard.ScorecardTalkingPoint;
import com.partnerqbr.portal.scorecard.TalkingPoint;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.document.SpreadsheetCsv;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program overview of a quarter's scorecards for vendor staff: a line per partner with its
 * tier, health, revenue and concerns, filtered by name, type, tier, flag and segment. It sits
 * with the segments because it filters by them.
 */
@Stateless
public class ScorecardOverviewService {

    /** Columns the overview may be sorted by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "partner", "p.name", "type", "p.type", "tier", "t.rank", "health", "s.healthScore", "status", "s.status");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    /** A line of the program overview. */
    public record ScorecardSummary(long partnerId, String partnerName, PartnerType partnerType, String tier,
                                   ScorecardStatus status, BigDecimal healthScore, BigDecimal revenue,
                                   BigDecimal revenueTarget, BigDecimal coverage, List<TalkingPoint> concerns) implements Serializable {
    }

    /** Filters of the overview; null means any. */
    public record OverviewFilter(String partnerName, PartnerType type, Long tierId, Flag flag, Segment segment) {

        /** No filter at all. */
        public static OverviewFilter none() {
            return new OverviewFilter(null, null, null, null, null);
        }
    }

    /** One page of the program overview for a quarter. */
    public List<ScorecardSummary> overview(Quarter quarter, OverviewFilter filter, String sortField, boolean ascending,
                                           int first, int pageSize) {
        requireVendorStaff();
        String order = SORTABLE.getOrDefault(sortField, "p.name") + (ascending ? " ASC" : " DESC");
        TypedQuery<Object[]> query = em.createQuery("SELECT s, p, t FROM Scorecard s JOIN s.partner p LEFT JOIN p.tier t"
                + where(filter) + " ORDER BY " + order + ", p.id", Object[].class);
        bind(query, quarter, filter);
        List<Object[]> rows = query.setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Scorecard> page = rows.stream().map(r -> (Scorecard) r[0]).toList();
        Map<Long, Map<Metric, ScorecardFigure>> figures = new HashMap<>();
        for (ScorecardFigure f : em.createQuery("SELECT f FROM ScorecardFigure f WHERE f.scorecard IN :page"
                + " AND f.metric IN :metrics", ScorecardFigure.class).setParameter("page", page)
                .setParameter("metrics", List.of(Metric.ATTRIBUTED_REVENUE, Metric.PIPELINE_COVERAGE)).getResultList()) {
            figures.computeIfAbsent(f.getScorecard().getId(), id -> new EnumMap<>(Metric.class)).put(f.getMetric(), f);
        }
        Map<Long, List<TalkingPoint>> concerns = new HashMap<>();
        for (ScorecardTalkingPoint point : em.createQuery("SELECT tp FROM ScorecardTalkingPoint tp"
                + " WHERE tp.scorecard IN :page ORDER BY tp.position", ScorecardTalkingPoint.class)
                .setParameter("page", page).getResultList()) {
            if (point.getPoint().getFlag().isConcern()) {
                concerns.computeIfAbsent(point.getScorecard().getId(), id -> new ArrayList<>()).add(point.getPoint());
            }
        }
        List<ScorecardSummary> result = new ArrayList<>();
        for (Object[] row : rows) {
            Scorecard s = (Scorecard) row[0];
            Partner p = (Partner) row[1];
            Tier t = (Tier) row[2];
            Map<Metric, ScorecardFigure> f = figures.getOrDefault(s.getId(), Map.of());
            ScorecardFigure revenue = f.get(Metric.ATTRIBUTED_REVENUE);
            ScorecardFigure coverage = f.get(Metric.PIPELINE_COVERAGE);
            result.add(new ScorecardSummary(p.getId(), p.getName(), p.getType(), t == null ? null : t.getName(),
                    s.getStatus(), s.getHealthScore(), revenue == null ? null : revenue.getValue(),
                    revenue == null ? null : revenue.getTarget(), coverage == null ? null : coverage.getValue(),
                    concerns.getOrDefault(s.getId(), List.of())));
        }
        return result;
    }

    /** The whole overview of a quarter as a CSV file, in the order of the partners' names. */
    public byte[] csv(Quarter quarter, OverviewFilter filter) {
        return SpreadsheetCsv.write(List.of("Partner", "Type", "Tier", "Status", "Health score", "Revenue",
                "Revenue target", "Pipeline coverage", "Concerns"), overview(quarter, filter, "name", true, 0,
                Integer.MAX_VALUE).stream().map(r -> List.of(r.partnerName(), r.partnerType().getLabel(),
                text(r.tier()), r.status().getLabel(), text(r.healthScore()), text(r.revenue()),
                text(r.revenueTarget()), text(r.coverage()), r.concerns().stream().map(TalkingPoint::getSentence)
                        .collect(java.util.stream.Collectors.joining(" ")))).toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    public long count(Quarter quarter, OverviewFilter filter) {
        requireVendorStaff();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM Scorecard s JOIN s.partner p LEFT JOIN p.tier t"
                + where(filter), Long.class);
        bind(query, quarter, filter);
        return query.getSingleResult();
    }

    private static String where(OverviewFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE s.quarter = :quarter");
        if (filter.partnerName() != null && !filter.partnerName().isBlank()) {
            where.append(" AND LOWER(p.name) LIKE :name");
        }
        if (filter.type() != null) {
            where.append(" AND p.type = :type");
        }
        if (filter.tierId() != null) {
            where.append(" AND t.id = :tier");
        }
        if (filter.segment() != null) {
            where.append(" AND EXISTS (SELECT st.id FROM Standing st WHERE st.partner = p AND st.quarter = s.quarter"
                    + " AND st.effectiveSegment = :segment)");
        }
        if (filter.flag() != null) {
            where.append(" AND EXISTS (SELECT tp.id FROM ScorecardTalkingPoint tp WHERE tp.scorecard = s AND tp.point.flag = :flag)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Quarter quarter, OverviewFilter filter) {
        query.setParameter("quarter", quarter);
        if (filter.partnerName() != null && !filter.partnerName().isBlank()) {
            query.setParameter("name", PartnerService.likePattern(filter.partnerName()));
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.tierId() != null) {
            query.setParameter("tier", filter.tierId());
        }
        if (filter.flag() != null) {
            query.setParameter("flag", filter.flag());
        }
        if (filter.segment() != null) {
            query.setParameter("segment", filter.segment());
        }
    }

    private void requireVendorStaff() {
        callerContext.requireVendorStaff("the program overview is for vendor staff");
    }
}
