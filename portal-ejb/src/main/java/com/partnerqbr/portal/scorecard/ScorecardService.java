package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.ParallelWork;
import com.partnerqbr.portal.scorecard.StuckDeals.StuckList;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The vendor's scorecards: refreshing a quarter's drafts from the program data, reading
 * one partner's scorecard with its trend, freezing it for a QBR (the program overview is
 * {@code ScorecardOverviewService}'s).
 * Vendor staff see every partner of their vendor; a partner user only its own partner.
 */
@Stateless
public class ScorecardService {

    /** How many partners' scorecards a refresh computes and writes at a time (one transaction each). */
    static final int CHUNK = 1_000;

    /** How many chunks a refresh writes at once. */
    private static final int LANES = 2;

    /** How many quarters a figure's trend shows, the scorecard's own included. */
    public static final int TREND_QUARTERS = 4;


    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private MetricDefinitionService definitions;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ScorecardWriter writer;

    @EJB
    private QuarterFacts quarterFacts;

    @EJB
    private ParallelWork parallel;

    /** What a refresh did. */
    public record RefreshSummary(Quarter quarter, int created, int refreshed, int frozenKept, Duration took) {
    }

    /** One partner's scorecard as a page or the API shows it. */
    public record ScorecardView(long scorecardId, long version, long partnerId, String partnerName, PartnerType partnerType,
                                Quarter quarter, ScorecardStatus status, BigDecimal healthScore, Instant refreshedAt,
                                Instant frozenAt, String frozenBy, String currency, List<FigureView> figures,
                                List<TalkingPoint> talkingPoints, List<Quarter> trendQuarters) implements Serializable {

        /** May this caller freeze this scorecard? A draft, for those who may freeze; {@link ScorecardService#freeze} asks the same. */
        public boolean mayFreeze(Caller caller) {
            return status != ScorecardStatus.FROZEN && caller.may(Permission.FREEZE_SCORECARD);
        }
    }

    /** A figure with its trend: the values of the same metric in the trend quarters, oldest first (null where none). */
    public record FigureView(long figureId, Metric metric, int definitionVersion, BigDecimal value, BigDecimal target,
                             String detail, List<BigDecimal> trend) implements Serializable {
    }

    /**
     * Recomputes every draft scorecard of the vendor for one quarter from the program data,
     * creating the missing ones. Frozen scorecards are left exactly as they are.
     *
     * <p>The facts of all partners are read set-based first (see {@link ProgramFacts}; two
     * passes over the deals and the smaller tables at once); the
     * scorecards are then computed and written {@value #CHUNK} partners at a time by
     * {@link ScorecardWriter}, each chunk in a transaction of its own, in {@value #LANES}
     * parallel lanes (so that the server builds one chunk while the database writes another).
     * Memory and EclipseLink's bookkeeping stay the size of a chunk however many partners the
     * vendor has. A chunk that fails (a scorecard frozen meanwhile) fails the refresh once the
     * other chunks have ended; the chunks written stay written, and refreshing again finishes
     * the quarter. The chunks see only committed data: call it outside a transaction holding
     * changes of its own (pages, the API and jobs do).
     */
    public RefreshSummary refresh(Quarter quarter) {
        Caller caller = callerContext.require(Permission.REFRESH_SCORECARDS);
        Instant start = Instant.now();
        Map<Long, DefinitionsInForce> agreed = definitions.inForceByPartner();
        DefinitionsInForce starting = definitions.starting();
        int defaultStuckAge = starting.parameter(Metric.STUCK_DEALS).intValue();
        Map<Long, Integer> stuckAges = new HashMap<>();
        agreed.forEach((id, d) -> stuckAges.put(id, d.parameter(Metric.STUCK_DEALS).intValue()));
        ScorecardWriter.Basis basis = new ScorecardWriter.Basis(quarter,
                facts(caller, quarter, defaultStuckAge, stuckAges), agreed, starting, currency(caller), Instant.now());
        List<ScorecardWriter.ChunkPartner> partnerRows = em.createQuery(
                        "SELECT p.id, p.type FROM Partner p WHERE p.archivedAt IS NULL ORDER BY p.id", Object[].class).getResultStream()
                .map(row -> new ScorecardWriter.ChunkPartner((Long) row[0], (PartnerType) row[1])).toList();
        List<List<ScorecardWriter.ChunkPartner>> chunks = new ArrayList<>();
        for (int from = 0; from < partnerRows.size(); from += CHUNK) {
            chunks.add(partnerRows.subList(from, Math.min(from + CHUNK, partnerRows.size())));
        }
        ScorecardWriter chunkWriter = writer;
        List<Future<ScorecardWriter.Written>> lanes = new ArrayList<>();
        for (int lane = 0; lane < Math.min(LANES, chunks.size()); lane++) {
            List<List<ScorecardWriter.ChunkPartner>> laneChunks = new ArrayList<>();
            for (int i = lane; i < chunks.size(); i += LANES) {
                laneChunks.add(chunks.get(i));
            }
            lanes.add(parallel.run(caller, () -> laneChunks.stream().map(chunk -> chunkWriter.write(basis, chunk))
                    .reduce(new ScorecardWriter.Written(0, 0, 0), ScorecardWriter.Written::plus)));
        }
        ScorecardWriter.Written written = ParallelWork.results(lanes).stream()
                .reduce(new ScorecardWriter.Written(0, 0, 0), ScorecardWriter.Written::plus);
        return new RefreshSummary(quarter, written.created(), written.refreshed(), written.frozenKept(),
                Duration.between(start, Instant.now()));
    }

    /**
     * Every partner's facts of the quarter, read at once: the deals in {@value #LANES} passes
     * over ranges of their ids (the first on this thread), the smaller tables on one more.
     */
    private Map<Long, PartnerQuarterFacts.Builder> facts(Caller caller, Quarter quarter, int defaultStuckAge,
                                                         Map<Long, Integer> stuckAges) {
        LocalDate today = ProgramCalendar.today();
        List<Integer> ages = ProgramFacts.stuckAges(defaultStuckAge, stuckAges);
        Future<Map<Long, PartnerQuarterFacts.Builder>> besidesDeals = parallel.run(caller,
                () -> quarterFacts.besidesDeals(quarter, today));
        List<long[]> ranges = ProgramFacts.dealIdRanges(em, LANES);
        List<Future<List<DealTotals>>> otherPasses = new ArrayList<>();
        for (long[] range : ranges.subList(Math.min(1, ranges.size()), ranges.size())) {
            otherPasses.add(parallel.run(caller, () -> quarterFacts.dealPass(quarter, today, ages, range)));
        }
        List<List<DealTotals>> passes = new ArrayList<>();
        if (!ranges.isEmpty()) {
            passes.add(ProgramFacts.dealPass(em, quarter, today, ages, ranges.get(0)));
        }
        passes.addAll(ParallelWork.results(otherPasses));
        return ProgramFacts.combine(quarter, today, ParallelWork.result(besidesDeals), passes, ages,
                defaultStuckAge, stuckAges);
    }

    /** One partner's scorecard for a quarter with the trend of each figure; not found if it was never refreshed. */
    public ScorecardView view(long partnerId, Quarter quarter) {
        Partner partner = partners.find(partnerId);
        return view(partner, quarter);
    }

    /** The calling partner user's own scorecard. */
    public ScorecardView ownView(Quarter quarter) {
        return view(partners.ownPartner(), quarter);
    }

    /** The quarters a partner has scorecards for, newest first. */
    public List<Quarter> quarters(long partnerId) {
        return quarters(partners.find(partnerId));
    }

    private List<Quarter> quarters(Partner partner) {
        return em.createQuery("SELECT s.quarter FROM Scorecard s WHERE s.partner = :partner ORDER BY s.quarter DESC",
                Quarter.class).setParameter("partner", partner).getResultList();
    }

    /**
     * What a partner's scorecard page shows, read in one call: the quarters it has scorecards for,
     * newest first; the scorecard of the quarter asked for (null: the default one, see
     * {@link #defaultQuarter}); the deals stuck today; and a stamp that changes whenever anything of the
     * partner's scorecards does (its name, a refresh, a freeze, a new quarter), for what a page keeps of them.
     */
    public record ScorecardPage(List<Quarter> quarters, ScorecardView scorecard, StuckList stuck, String stamp)
            implements Serializable {
    }

    /** A partner's scorecard page for vendor staff; not found if the partner has no scorecard of that quarter. */
    public ScorecardPage page(long partnerId, Quarter quarter) {
        return page(partners.find(partnerId), quarter);
    }

    /** The calling partner user's own scorecard page. */
    public ScorecardPage ownPage(Quarter quarter) {
        return page(partners.ownPartner(), quarter);
    }

    private ScorecardPage page(Partner partner, Quarter asked) {
        // One statement for what the page reads before anything else: the stamp of the partner's scorecards and
        // the stuck-deal age of the definition in force for it (a statement of its own cost ~2.5% of the page).
        Object[] row = em.createNamedQuery("Scorecard.stampAndStuckAge", Object[].class).setParameter("partner", partner)
                .getSingleResult();
        ShownScorecards.Stamp stamp = new ShownScorecards.Stamp(partner.getVersion(), ((Number) row[0]).longValue(),
                row[1] == null ? 0 : ((Number) row[1]).longValue());
        int stuckAge = (row[2] == null ? Metric.STUCK_DEALS.getDefaultParameter() : (BigDecimal) row[2]).intValue();
        ShownScorecards.Shown shown = ShownScorecards.of(callerContext.current().vendorCode(), partner.getId(), stamp,
                () -> quarters(partner));
        Quarter quarter = asked != null ? asked : defaultQuarter(partner, shown.quarters());
        return new ScorecardPage(shown.quarters(), shown.view(quarter, q -> view(partner, q)),
                StuckDeals.of(em, partner, stuckAge), shown.stamp().toString());
    }

    /** The last full quarter, the one a QBR reviews, when there is its scorecard; else the newest there is. */
    private static Quarter defaultQuarter(Partner partner, List<Quarter> quarters) {
        if (quarters.isEmpty()) {
            throw new NotFoundException("scorecard of partner", partner.getId());
        }
        Quarter lastFull = ProgramCalendar.currentQuarter().previous();
        return quarters.contains(lastFull) ? lastFull : quarters.get(0);
    }

    private ScorecardView view(Partner partner, Quarter quarter) {
        Quarter from = quarter.minus(TREND_QUARTERS - 1);
        List<Quarter> trendQuarters = new ArrayList<>();
        for (Quarter q = from; q.compareTo(quarter) <= 0; q = q.next()) {
            trendQuarters.add(q);
        }
        // The trend's rows hold the scorecard itself and its own figures (its quarter is the trend's last): not read twice.
        List<ScorecardFigure> rows = em.createNamedQuery("ScorecardFigure.trend", ScorecardFigure.class)
                .setParameter("partner", partner).setParameter("from", from).setParameter("to", quarter)
                .getResultList();
        Scorecard scorecard = rows.stream().map(ScorecardFigure::getScorecard).filter(s -> s.getQuarter().equals(quarter))
                .findFirst()
                .or(() -> em.createNamedQuery("Scorecard.ofPartner", Scorecard.class)
                        .setParameter("partner", partner).setParameter("quarter", quarter).getResultStream().findFirst())
                .orElseThrow(() -> new NotFoundException("scorecard of " + quarter + " for this partner", partner.getId()));
        Map<Metric, BigDecimal[]> trend = new EnumMap<>(Metric.class);
        List<ScorecardFigure> own = new ArrayList<>();
        for (ScorecardFigure f : rows) {
            trend.computeIfAbsent(f.getMetric(), m -> new BigDecimal[TREND_QUARTERS])
                    [trendQuarters.indexOf(f.getScorecard().getQuarter())] = f.getValue();
            if (f.getScorecard().getId().equals(scorecard.getId())) {
                own.add(f);
            }
        }
        List<FigureView> figures = own.stream().sorted(Comparator.comparingInt(ScorecardFigure::getPosition))
                .map(f -> new FigureView(f.getId(), f.getMetric(), f.getDefinitionVersion(), f.getValue(), f.getTarget(),
                        f.getDetail(), java.util.Arrays.asList(trend.get(f.getMetric()))))
                .toList();
        return new ScorecardView(scorecard.getId(), scorecard.getVersion(), partner.getId(), partner.getName(),
                partner.getType(), quarter, scorecard.getStatus(), scorecard.getHealthScore(), scorecard.getRefreshedAt(),
                scorecard.getFrozenAt(), scorecard.getFrozenBy(), currency(callerContext.current()), figures,
                List.copyOf(scorecard.getTalkingPoints()), List.copyOf(trendQuarters));
    }

    /**
     * Freezes a partner's scorecard for a QBR: its figures never change afterwards.
     *
     * @param seenVersion the scorecard version the person was looking at; a refresh since then is refused
     */
    public ScorecardView freeze(long partnerId, Quarter quarter, long seenVersion) {
        Caller caller = callerContext.require(Permission.FREEZE_SCORECARD);
        Partner partner = partners.find(partnerId);
        Scorecard scorecard = em.createNamedQuery("Scorecard.ofPartner", Scorecard.class)
                .setParameter("partner", partner).setParameter("quarter", quarter)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("scorecard of " + quarter + " for this partner", partnerId));
        if (scorecard.isFrozen()) {
            throw new RefusedException("the " + quarter + " scorecard of " + partner.getName() + " was frozen already by "
                    + scorecard.getFrozenBy());
        }
        if (scorecard.getVersion() != seenVersion) {
            throw new RefusedException("the " + quarter + " scorecard of " + partner.getName()
                    + " was refreshed since you opened it; look at the new figures and freeze again");
        }
        scorecard.freeze(caller.name(), Instant.now());
        em.flush();
        return view(partner, quarter);
    }

    /** Freezes every draft scorecard of a quarter (the vendor's QBR season); @return how many were frozen */
    public int freezeQuarter(Quarter quarter) {
        Caller caller = callerContext.require(Permission.FREEZE_QUARTER);
        Instant now = Instant.now();
        int frozen = 0;
        for (Scorecard s : em.createNamedQuery("Scorecard.ofQuarter", Scorecard.class).setParameter("quarter", quarter)
                .getResultList()) {
            if (!s.isFrozen()) {
                s.freeze(caller.name(), now);
                frozen++;
            }
        }
        return frozen;
    }

    private String currency(Caller caller) {
        return vendors.currency(caller.vendorCode());
    }
}
