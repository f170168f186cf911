package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.scorecard.FigureFormat;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.ScorecardStatus;
import com.partnerqbr.portal.tail.CohortFigures.Distribution;
import com.partnerqbr.portal.tail.CohortFigures.Position;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tail cohort's figures of the latest quarter whose scorecards are frozen: for each measure,
 * the quartiles of the tail partners' values (see {@link CohortFigures}), shown only when at
 * least the vendor's minimum number of partners have a value, and, to a partner user, in which
 * quarter of the cohort its own value lies. A quarter's figures are published the first time they
 * are asked for and read as published ever after, so no two views of a quarter differ by one
 * partner.
 */
@Stateless
public class CohortService {

    /** The measures of the cohort view, each better when higher. */
    static final List<Metric> MEASURES = List.of(Metric.ATTRIBUTED_REVENUE, Metric.WIN_RATE, Metric.PIPELINE_COVERAGE,
            Metric.ENABLEMENT_COMPLETION, Metric.ENGAGEMENT_SCORE);

    /** The tail: the partners below the top 30%, the long-tail among them (DOMAIN.md). */
    public static final List<Segment> TAIL = List.of(Segment.TAIL, Segment.LONG_TAIL);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private CohortPublication publication;

    @EJB
    private ProgramSettingsService programSettings;

    /**
     * One measure as shown: how many partners had a value, the quartiles (null when fewer than the
     * minimum had one) and their texts, a partner's own value and its place in words.
     */
    public record MeasureView(Metric metric, int members, Distribution shown, BigDecimal own, String lowerQuartileText,
                              String medianText, String upperQuartileText, String ownText, String standing) {
    }

    /** The cohort of a quarter; empty measures when no quarter's scorecards are frozen yet. */
    public record CohortView(Quarter quarter, int minimum, List<MeasureView> measures) {
    }

    /** The cohort as vendor staff see it: the figures, no partner's place. */
    public Optional<CohortView> view() {
        callerContext.requireVendorStaff("the cohort of the whole program is for vendor staff; partners see their own place");
        return view(null);
    }

    /** The cohort as a partner user sees it, with its own partner's place in each measure. */
    public Optional<CohortView> ownView() {
        return view(partners.ownPartner());
    }

    private Optional<CohortView> view(Partner own) {
        Optional<Quarter> frozen = latestFrozenQuarter(em);
        if (frozen.isEmpty()) {
            return Optional.empty();
        }
        Quarter quarter = frozen.get();
        Map<Metric, CohortFigure> published = published(quarter);
        if (published.isEmpty()) {
            try {
                publication.publish(quarter, distributions(quarter));
            } catch (EJBException concurrent) {
                // published by a request at the same moment (the unique key held): read theirs
            }
            published = published(quarter);
        }
        int minimum = programSettings.cohortMinimum();
        Map<Metric, BigDecimal> ownValues = own == null ? Map.of() : ownValues(own, quarter);
        String currency = vendors.currency(callerContext.current().vendorCode());
        List<MeasureView> measures = new ArrayList<>();
        for (Metric metric : MEASURES) {
            CohortFigure figure = published.get(metric);
            Distribution distribution = figure == null ? new Distribution(0, null, null, null)
                    : new Distribution(figure.getMembers(), figure.getLowerQuartile(), figure.getMedian(),
                    figure.getUpperQuartile());
            measures.add(measure(metric, CohortFigures.shown(distribution, minimum), distribution.members(),
                    ownValues.get(metric), own != null, currency));
        }
        return Optional.of(new CohortView(quarter, minimum, measures));
    }

    private static MeasureView measure(Metric metric, Optional<Distribution> shown, int members, BigDecimal own,
                                       boolean forPartner, String currency) {
        String ownText = own == null ? "" : FigureFormat.format(metric.getUnit(), own, currency);
        String name = metric.getLabel().toLowerCase(Locale.ROOT);
        if (shown.isEmpty()) {
            return new MeasureView(metric, members, null, own, "", "", "", ownText, "");
        }
        Distribution d = shown.get();
        String standing = !forPartner ? ""
                : own == null ? "Your " + name + " had no value that quarter."
                : "Your " + name + " is " + CohortFigures.position(own, d).words() + " of the program's tail.";
        return new MeasureView(metric, members, d, own, FigureFormat.format(metric.getUnit(), d.lowerQuartile(), currency),
                FigureFormat.format(metric.getUnit(), d.median(), currency),
                FigureFormat.format(metric.getUnit(), d.upperQuartile(), currency), ownText, standing);
    }

    /**
     * The tail now, the rule of the program review's audience and of who may ask for a 1:1: for each
     * partner with a segment (only {@code only}, when given), whether its latest segment is tail or
     * long-tail and it is still in the program (not archived), by partner code.
     */
    static Map<String, Boolean> inTailNow(EntityManager em, Partner only) {
        var query = em.createQuery("SELECT st.partner.code, st.effectiveSegment, st.partner.archivedAt FROM Standing st"
                + " WHERE st.quarter = (SELECT MAX(s2.quarter) FROM Standing s2 WHERE s2.partner = st.partner)"
                + (only == null ? "" : " AND st.partner = :partner"), Object[].class);
        if (only != null) {
            query.setParameter("partner", only);
        }
        Map<String, Boolean> tail = new HashMap<>();
        query.getResultStream().forEach(row -> tail.put((String) row[0],
                TAIL.contains((Segment) row[1]) && row[2] == null));
        return tail;
    }

    /** The latest quarter with a frozen scorecard: the quarter of the cohort view and of the long-tail mail. */
    static Optional<Quarter> latestFrozenQuarter(EntityManager em) {
        return em.createQuery("SELECT DISTINCT s.quarter FROM Scorecard s WHERE s.status = :frozen ORDER BY s.quarter DESC",
                Quarter.class).setParameter("frozen", ScorecardStatus.FROZEN).setMaxResults(1).getResultStream().findFirst();
    }

    private Map<Metric, CohortFigure> published(Quarter quarter) {
        Map<Metric, CohortFigure> byMetric = new EnumMap<>(Metric.class);
        em.createNamedQuery("CohortFigure.ofQuarter", CohortFigure.class).setParameter("quarter", quarter)
                .getResultList().forEach(f -> byMetric.put(f.getMetric(), f));
        return byMetric;
    }

    /** The quartiles of each measure over the partners whose segment in the quarter was the tail or the long tail. */
    private Map<Metric, Distribution> distributions(Quarter quarter) {
        Map<Metric, List<BigDecimal>> values = new EnumMap<>(Metric.class);
        MEASURES.forEach(m -> values.put(m, new ArrayList<>()));
        em.createQuery("SELECT f.metric, f.value FROM ScorecardFigure f JOIN f.scorecard s WHERE s.quarter = :quarter"
                        + " AND s.status = :frozen AND f.metric IN :measures AND f.value IS NOT NULL AND s.partner IN"
                        + " (SELECT st.partner FROM Standing st WHERE st.quarter = :quarter AND st.effectiveSegment IN :tail)",
                        Object[].class)
                .setParameter("quarter", quarter).setParameter("frozen", ScorecardStatus.FROZEN)
                .setParameter("measures", MEASURES).setParameter("tail", TAIL)
                .getResultStream().forEach(row -> values.get((Metric) row[0]).add((BigDecimal) row[1]));
        Map<Metric, Distribution> distributions = new EnumMap<>(Metric.class);
        values.forEach((metric, list) -> distributions.put(metric, CohortFigures.of(list)));
        return distributions;
    }

    private Map<Metric, BigDecimal> ownValues(Partner partner, Quarter quarter) {
        Map<Metric, BigDecimal> own = new EnumMap<>(Metric.class);
        em.createQuery("SELECT f.metric, f.value FROM ScorecardFigure f JOIN f.scorecard s WHERE s.partner = :partner"
                        + " AND s.quarter = :quarter AND s.status = :frozen AND f.metric IN :measures"
                        + " AND f.value IS NOT NULL", Object[].class)
                .setParameter("partner", partner).setParameter("quarter", quarter)
                .setParameter("frozen", ScorecardStatus.FROZEN).setParameter("measures", MEASURES)
                .getResultStream().forEach(row -> own.put((Metric) row[0], (BigDecimal) row[1]));
        return own;
    }
}
