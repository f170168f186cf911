package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.it.BenchmarkProgram.PartnerAggregate;
import com.partnerqbr.portal.it.BenchmarkProgram.PlanSizes;
import com.partnerqbr.portal.it.BenchmarkProgram.Ranked;
import com.partnerqbr.portal.it.BenchmarkProgram.Sizes;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.plan.commitment.BoardFilter;
import com.partnerqbr.portal.plan.commitment.CommitmentBoard;
import com.partnerqbr.portal.plan.commitment.CommitmentRow;
import com.partnerqbr.portal.plan.grading.FollowThrough;
import com.partnerqbr.portal.plan.grading.GradingService;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.ProgramSettingsService.Settings;
import com.partnerqbr.portal.plan.recap.RecapService;
import com.partnerqbr.portal.plan.reminder.CommitmentReminders;
import com.partnerqbr.portal.plan.reminder.Reminders;
import com.partnerqbr.portal.program.segment.SegmentationService.RecomputeSummary;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.program.segment.StandingService.StandingView;
import com.partnerqbr.portal.program.segment.StandingService;
import com.partnerqbr.portal.program.tier.CriterionMeasure;
import com.partnerqbr.portal.program.tier.TierService.TierDraft;
import com.partnerqbr.portal.program.tier.TierService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.preread.PreReadPdf;
import com.partnerqbr.portal.review.preread.PreReadService;
import com.partnerqbr.portal.review.preread.PreReadView;
import com.partnerqbr.portal.review.winloss.WinLossService;
import com.partnerqbr.portal.scorecard.ScorecardService.FigureView;
import com.partnerqbr.portal.scorecard.ScorecardService.RefreshSummary;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.definition.MetricDefinition;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService;
import com.partnerqbr.portal.tail.CohortService;
import com.partnerqbr.portal.tail.CohortService.CohortView;
import com.partnerqbr.portal.tail.LongTailMailing;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The program benchmark of issues 3 and 4: a command that prints figures, not a test (it asserts only what
 * it can check for correctness, never a time). Runs only with {@code -Pbenchmark}. Inside
 * the real Payara Server against the real MariaDB it writes one vendor with 10,000 partners
 * and 1,000,000 deals over eight quarters, then times
 * <ol type="a">
 * <li>refreshing every scorecard of that vendor for the last full quarter: the first run
 * creates them (median of three, the scorecards deleted before each repetition), later runs
 * (median of three) refresh them again,</li>
 * <li>one raw SQL statement computing the same per-partner aggregates over the same rows
 * (median of seven runs, one before each refresh and one after the last, so that both sides
 * see the same load of the machine),</li>
 * <li>reading one partner's scorecard with its trend,</li>
 * <li>recomputing every partner's segment and tier eligibility for that quarter (issue 4),</li>
 * <li>the raw SQL ranking query (a window function) over the same scorecards,</li>
 * <li>(issue 13) one partner's pre-read and its PDF,</li>
 * <li>(issue 14) 400,000 commitments: the board's first page, overdue first, and a partner's
 * follow-through.</li>
 * <li>(issue 17) the quarter frozen: the tail's cohort view as vendor staff and a tail partner's
 * user read it, and the long-tail scorecard mail to every long-tail partner.</li>
 * follow-through;</li>
 * <li>(issue 16) the reminder job on those commitments, the senders' rate, the recap's PDF.</li>
 * </ol>
 * The in-server steps write the report to {@code portal-it/target/program-benchmark.txt};
 * the last step, on the client, prints it into the Maven output. Sizes can be changed with
 * {@code -Dbenchmark.partners=} and {@code -Dbenchmark.deals=}; {@code -Dbenchmark.steps=g} runs only the
 * steps named (the data is always written first).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramBenchmark {

    private static final String VENDOR = "bench";
    private static final long SEED = 20_260_101L;
    private static final int HISTORY_QUARTERS = ScorecardService.TREND_QUARTERS - 1;
    private static final int FIRST_RUNS = 3;
    private static final int UPDATE_RUNS = 3;
    private static final int CHANGED_EVERY = 5;
    private static final BigDecimal RAISE = new BigDecimal("1000.00");
    /** The stuck-deal age of the definition one partner in ten agreed to. */
    private static final int AGREED_STUCK_AGE = 45;
    private static final java.util.Set<Integer> STUCK_AGES_AGREED = java.util.Set.of(AGREED_STUCK_AGE);
    private static final int WARM_UP_READS = 20;
    /** The ladder of the segment benchmark: each tier asks for more revenue, won deals and certified people. */
    private static final List<TierDraft> LADDER = List.of(
            new TierDraft("Registered", "Deal registration", Map.of()),
            new TierDraft("Silver", "10% discount", Map.of(CriterionMeasure.TRAILING_REVENUE, new BigDecimal("150000"),
                    CriterionMeasure.WON_DEALS, new BigDecimal("8"))),
            new TierDraft("Gold", "20% discount", Map.of(CriterionMeasure.TRAILING_REVENUE, new BigDecimal("400000"),
                    CriterionMeasure.WON_DEALS, new BigDecimal("15"), CriterionMeasure.CERTIFIED_PEOPLE, BigDecimal.ONE)),
            new TierDraft("Platinum", "30% discount", Map.of(CriterionMeasure.TRAILING_REVENUE,
                    new BigDecimal("1000000"), CriterionMeasure.WON_DEALS, new BigDecimal("25"),
                    CriterionMeasure.CERTIFIED_PEOPLE, new BigDecimal("2"),
                    CriterionMeasure.ENABLEMENT_COMPLETION, new BigDecimal("0.5"))));
    private static final int READS = 50;
    /** Rows on one page of the commitments board (as the page's lazy table asks). */
    private static final int BOARD_PAGE = 25;
    private static final int LONG_TAIL_PARTNERS = 600;

    @Deployment
    static EnterpriseArchive deployment() throws IOException {
        Files.deleteIfExists(reportFile());
        String settings = "partners=" + Integer.getInteger("benchmark.partners", 10_000) + "\n"
                + "deals=" + Integer.getInteger("benchmark.deals", 1_000_000) + "\n"
                + "steps=" + System.getProperty("benchmark.steps", "abcdefgh") + "\n"
                + "report=" + reportFile().toString().replace("\\", "/") + "\n";
        EnterpriseArchive ear = ServicesDeployment.of("program-benchmark", ProgramBenchmark.class,
                BenchmarkProgram.class, StatementLog.class);
        ear.getAsType(WebArchive.class, "program-benchmark-probe.war")
                .addAsResource(new StringAsset(settings), "program-benchmark.properties");
        return ear;
    }

    /** What the in-server steps found so far; they run one after the other in the same deployment. */
    private static final List<String> REPORT = new ArrayList<>();
    private static Quarter quarter;
    private static int partnerCount;

    @Inject
    private CallerContext callerContext;

    @EJB
    private BenchmarkProgram program;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private MetricDefinitionService definitions;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private TierService tiers;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private QbrService qbrs;

    @EJB
    private PreReadService preReads;

    @EJB
    private WinLossService winLoss;

    @EJB
    private StandingService standings;

    @EJB
    private CommitmentBoard board;

    @EJB
    private GradingService grading;

    @EJB
    private CohortService cohorts;

    @EJB
    private ProgramSettingsService programSettings;

    @EJB
    private LongTailMailing mailing;

    @EJB
    private PeopleDirectory people;
    private Reminders reminders;

    @EJB
    private CommitmentReminders commitmentReminders;

    @EJB
    private RecapService recaps;

    @Test
    @Order(1)
    void generateTheProgram() throws Exception {
        Properties settings = settings();
        partnerCount = Integer.parseInt(settings.getProperty("partners"));
        int dealCount = Integer.parseInt(settings.getProperty("deals"));
        LocalDate today = ProgramCalendar.today();
        quarter = Quarter.of(today).previous();
        report("Program benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, server heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, load average " + loadAverage() + ", steps "
                + settings.getProperty("steps"));
        vendors.register(VENDOR, "Benchmark vendor");
        MetricDefinition stuck45 = asVendor(() -> definitions.publish(Metric.STUCK_DEALS, 1, "Stuck deals",
                "Open deals in one stage for 45 days or more", "CRM", BigDecimal.valueOf(AGREED_STUCK_AGE),
                "Longer enterprise cycles"));

        long start = System.nanoTime();
        Sizes sizes = program.generate(VENDOR, partnerCount, dealCount, today, stuck45.getId(), SEED);
        double took = seconds(System.nanoTime() - start);

        assertEquals(partnerCount, program.count("partner", VENDOR));
        assertEquals(dealCount, program.count("deal", VENDOR));
        assertEquals(sizes.targets(), program.count("quarterly_target", VENDOR));
        assertEquals(partnerCount * 9L, sizes.targets());
        report("Data of vendor '%s' (8 quarters %s to %s, written in %.1f s, %,.0f rows/s):", VENDOR,
                Quarter.of(today).minus(7), Quarter.of(today), took, sizes.rows() / took);
        report("  %,d partners, %,d deals (%,d won, %,d open today), %,d targets, %,d commissions,",
                sizes.partners(), sizes.deals(), sizes.wonDeals(), sizes.openDeals(), sizes.targets(), sizes.commissions());
        report("  %,d portal logins, %,d enablement records, %,d co-sell activities, %,d joint customers,",
                sizes.logins(), sizes.enablement(), sizes.coSell(), sizes.jointCustomers());
        report("  %,d partners on a 45-day stuck-deal definition; %,d rows in all", sizes.agreements(), sizes.rows());
    }

    @Test
    @Order(2)
    void refreshTheQuartersBefore() {
        requireGenerated();
        if (!runs("abcdefh")) {
            return;
        }
        List<String> times = new ArrayList<>();
        for (int k = HISTORY_QUARTERS; k >= 1; k--) {
            Quarter earlier = quarter.minus(k);
            long start = System.nanoTime();
            RefreshSummary summary = asVendor(() -> scorecards.refresh(earlier));
            times.add(String.format(Locale.ROOT, "%s %.1f s", earlier, seconds(System.nanoTime() - start)));
            assertEquals(partnerCount, summary.created());
        }
        report("History for the trends, refreshed first (untimed for the ratio): " + String.join(", ", times));
    }

    @Test
    @Order(3)
    void timeTheRefreshAgainstOneRawQuery() throws Exception {
        requireGenerated();
        if (!runs("abcdefh")) {
            return;
        }
        LocalDate asOf = ProgramCalendar.today().isBefore(quarter.lastDay()) ? ProgramCalendar.today() : quarter.lastDay();
        int defaultAge = Metric.STUCK_DEALS.getDefaultParameter().intValue();
        // one untimed pass so that both sides start from the same warm buffer pool; then (b) runs
        // before each refresh and once after the last, so that both see the same load of the machine
        program.aggregate(VENDOR, quarter, asOf, defaultAge, STUCK_AGES_AGREED);
        List<Double> raw = new ArrayList<>();
        List<PartnerAggregate> rows = null;

        // a first run happens once per quarter: its scorecards are deleted (untimed) before each repetition
        double[] firstRuns = new double[FIRST_RUNS];
        long start;
        for (int i = 0; i < FIRST_RUNS; i++) {
            if (i > 0) {
                assertEquals(partnerCount, program.dropScorecards(VENDOR, quarter));
            }
            start = System.nanoTime();
            program.aggregate(VENDOR, quarter, asOf, defaultAge, STUCK_AGES_AGREED);
            raw.add(seconds(System.nanoTime() - start));
            start = System.nanoTime();
            RefreshSummary first = asVendor(() -> scorecards.refresh(quarter));
            firstRuns[i] = seconds(System.nanoTime() - start);
            assertEquals(partnerCount, first.created());
        }
        double firstRun = median(firstRuns);

        long somePartner = program.partnerIds(VENDOR).get(partnerCount / 2);
        double[] updates = new double[UPDATE_RUNS];
        for (int i = 0; i < UPDATE_RUNS; i++) {
            start = System.nanoTime();
            rows = program.aggregate(VENDOR, quarter, asOf, defaultAge, STUCK_AGES_AGREED);
            raw.add(seconds(System.nanoTime() - start));

            ScorecardView before = asVendor(() -> scorecards.view(somePartner, quarter));
            start = System.nanoTime();
            RefreshSummary again = asVendor(() -> scorecards.refresh(quarter));
            updates[i] = seconds(System.nanoTime() - start);
            assertEquals(partnerCount, again.refreshed());
            assertEquals(0, again.created());
            ScorecardView after = asVendor(() -> scorecards.view(somePartner, quarter));
            assertEquals(before.version() + 1, after.version());
            assertTrue(after.refreshedAt().isAfter(before.refreshedAt()), "refresh time of a later run");
        }
        start = System.nanoTime();
        rows = program.aggregate(VENDOR, quarter, asOf, defaultAge, STUCK_AGES_AGREED);
        raw.add(seconds(System.nanoTime() - start));
        double[] rawRuns = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double rawMedian = median(rawRuns);
        double updateMedian = median(updates);

        // the refresh and the raw statement agree on the numbers
        assertEquals(partnerCount, rows.size());
        BigDecimal won = rows.stream().map(r -> r.wonSourcedAmount().add(r.wonInfluencedAmount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal open = rows.stream().map(PartnerAggregate::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long stuck = rows.stream().filter(r -> r.type().getScorecardTemplate().getMetrics().contains(Metric.STUCK_DEALS))
                .mapToLong(PartnerAggregate::stuck).sum();
        assertSum(won, Metric.ATTRIBUTED_REVENUE, partnerCount);
        assertSum(open, Metric.OPEN_PIPELINE, partnerCount);
        BigDecimal[] stuckFigures = program.figureTotal(VENDOR, quarter, Metric.STUCK_DEALS.name());
        assertEquals(0, BigDecimal.valueOf(stuck).compareTo(stuckFigures[0]), "stuck deals");
        long figures = 0;
        for (Metric metric : Metric.values()) {
            figures += program.figureTotal(VENDOR, quarter, metric.name())[1].longValue();
        }

        report("Quarter %s (open pipeline as of %s), %,d scorecards with %,d figures:", quarter, asOf,
                partnerCount, figures);
        report("  (a) refresh, first run (creates the scorecards) .... %7.2f s  (median of %d: %s)", firstRun,
                FIRST_RUNS, list(firstRuns));
        report("  (a) refresh, later runs (update them) .............. %7.2f s  (median of %d: %s)", updateMedian,
                UPDATE_RUNS, list(updates));
        report("  (b) one raw SQL statement, same aggregates ......... %7.2f s  (median of %d: %s)", rawMedian,
                rawRuns.length, list(rawRuns));
        report("  ratio (a)/(b): first run %.2f, later runs %.2f  (goal <= 1.5)", firstRun / rawMedian,
                updateMedian / rawMedian);

        // the deals won by every 5th partner grow by 1,000: a refresh rewrites those scorecards as entities
        BigDecimal revenueBefore = program.figureTotal(VENDOR, quarter, Metric.ATTRIBUTED_REVENUE.name())[0];
        int raised = program.raiseWonDeals(VENDOR, quarter, CHANGED_EVERY, RAISE);
        start = System.nanoTime();
        RefreshSummary afterChange = asVendor(() -> scorecards.refresh(quarter));
        double changedRun = seconds(System.nanoTime() - start);
        assertEquals(partnerCount, afterChange.refreshed());
        BigDecimal revenueAfter = program.figureTotal(VENDOR, quarter, Metric.ATTRIBUTED_REVENUE.name())[0];
        assertEquals(0, RAISE.multiply(BigDecimal.valueOf(raised)).compareTo(revenueAfter.subtract(revenueBefore)),
                "attributed revenue after " + raised + " won deals grew by " + RAISE);
        report("  (a) refresh after %,d won deals of every %dth partner changed ...... %7.2f s", raised, CHANGED_EVERY,
                changedRun);
    }

    @Test
    @Order(4)
    void timeOneScorecardRead() throws Exception {
        requireGenerated();
        if (!runs("c")) {
            return;
        }
        List<Long> ids = program.partnerIds(VENDOR);
        int step = ids.size() / (WARM_UP_READS + READS);
        double[] millis = new double[READS];
        for (int i = 0; i < WARM_UP_READS + READS; i++) {
            long partnerId = ids.get(i * step);
            long start = System.nanoTime();
            ScorecardView view = asVendor(() -> scorecards.view(partnerId, quarter));
            long took = System.nanoTime() - start;
            if (i >= WARM_UP_READS) {
                millis[i - WARM_UP_READS] = took / 1e6;
            }
            assertEquals(partnerId, view.partnerId());
            FigureView revenue = view.figures().stream().filter(f -> f.metric() == Metric.ATTRIBUTED_REVENUE)
                    .findFirst().orElseThrow();
            assertEquals(ScorecardService.TREND_QUARTERS, revenue.trend().size());
            revenue.trend().forEach(value -> assertNotNull(value, "a trend quarter without a figure"));
        }
        Arrays.sort(millis);
        report("  (c) one scorecard read with its %d-quarter trend: median %.1f ms, p95 %.1f ms, max %.1f ms"
                        + " (%d partners after %d warm-up reads; goal <= 50 ms)", ScorecardService.TREND_QUARTERS,
                percentile(millis, 50), percentile(millis, 95), millis[READS - 1], READS, WARM_UP_READS);
    }

    /**
     * Issue 4: recomputing the quarter's segments and tier eligibility of every partner against
     * a four-tier ladder, timed against the raw SQL ranking query on the same scorecards. The
     * first run creates the standings and raises the tier proposals; later runs (nothing
     * changed) write nothing.
     */
    @Test
    @Order(5)
    void timeSegmentsAndEligibilityAgainstTheRawRanking() throws Exception {
        requireGenerated();
        if (!runs("defh")) {
            return;
        }
        asVendor(() -> tiers.publishLadder(LADDER, tiers.ladderVersion()));
        program.ranking(VENDOR, quarter);
        List<Double> raw = new ArrayList<>();
        List<Ranked> ranking = null;

        long start = System.nanoTime();
        RecomputeSummary first = asVendor(() -> segmentation.recompute(quarter));
        double firstRun = seconds(System.nanoTime() - start);
        assertEquals(partnerCount, first.partners());

        double[] again = new double[UPDATE_RUNS];
        for (int i = 0; i < UPDATE_RUNS; i++) {
            start = System.nanoTime();
            ranking = program.ranking(VENDOR, quarter);
            raw.add(seconds(System.nanoTime() - start));
            start = System.nanoTime();
            RecomputeSummary summary = asVendor(() -> segmentation.recompute(quarter));
            again[i] = seconds(System.nanoTime() - start);
            assertEquals(partnerCount, summary.partners());
            assertEquals(0, summary.proposalsRaised() + summary.proposalsWithdrawn(), "proposals of an unchanged quarter");
        }
        start = System.nanoTime();
        ranking = program.ranking(VENDOR, quarter);
        raw.add(seconds(System.nanoTime() - start));
        double[] rawRuns = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double rawMedian = median(rawRuns);
        double againMedian = median(again);

        // the standings agree with the raw ranking: every partner's trailing revenue and rank
        assertEquals(partnerCount, ranking.size());
        Map<Long, Ranked> byPartner = new HashMap<>();
        ranking.forEach(r -> byPartner.put(r.partnerId(), r));
        long somePartner = ranking.get(ranking.size() / 3).partnerId();
        StandingView standing = asVendor(() -> standings.standing(somePartner, quarter));
        assertEquals(0, byPartner.get(somePartner).trailingRevenue().compareTo(standing.trailingRevenue()));
        assertEquals(byPartner.get(somePartner).rank(), standing.rank());
        BigDecimal[] standingTotals = program.standingTotals(VENDOR, quarter);
        assertEquals(0, ranking.stream().map(Ranked::trailingRevenue).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(standingTotals[0]), "trailing revenue of all standings");
        assertEquals(partnerCount, standingTotals[1].intValue());

        report("Quarter %s, segments and tier eligibility of %,d partners on a %d-tier ladder: %s; %,d tier proposals",
                quarter, partnerCount, LADDER.size(), first.segments(), first.proposalsRaised());
        report("  (d) recompute, first run (creates the standings) ... %7.3f s", firstRun);
        report("  (d) recompute, later runs (nothing changed) ........ %7.3f s  (median of %d: %s)", againMedian,
                UPDATE_RUNS, list(again));
        report("  (e) raw SQL ranking query, same scorecards ......... %7.3f s  (median of %d: %s)", rawMedian,
                rawRuns.length, list(rawRuns));
        report("  ratio (d)/(e): first run %.2f, later runs %.2f  (goal <= 1.5)", firstRun / rawMedian,
                againMedian / rawMedian);
        report("Load average at the end: " + loadAverage());
    }

    /**
     * Issue 13: the pre-read of the strategic partner ranked first (its QBR scheduled for the
     * quarter, the wins and losses proposed), assembled as the page reads it and rendered as a PDF.
     */
    @Test
    @Order(6)
    void timeThePreReadAndItsPdf() throws Exception {
        requireGenerated();
        if (!runs("f")) {
            return;
        }
        long partnerId = program.ranking(VENDOR, quarter).get(0).partnerId();
        long qbrId = asVendor(() -> qbrs.schedule(partnerId, quarter, ProgramCalendar.now().plusDays(10))).qbrId();
        asVendor(() -> winLoss.propose(qbrId));
        double[] assemble = new double[READS];
        double[] pdf = new double[READS];
        int bytes = 0;
        for (int i = 0; i < WARM_UP_READS + READS; i++) {
            long start = System.nanoTime();
            PreReadView view = asVendor(() -> preReads.preRead(qbrId));
            long assembled = System.nanoTime();
            byte[] rendered = PreReadPdf.render(view, view.zone());
            long end = System.nanoTime();
            if (i >= WARM_UP_READS) {
                assemble[i - WARM_UP_READS] = (assembled - start) / 1e6;
                pdf[i - WARM_UP_READS] = (end - start) / 1e6;
            }
            assertNotNull(view.scorecard(), "the quarter's scorecard is in the pre-read");
            assertTrue(new String(rendered, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
            bytes = rendered.length;
        }
        Arrays.sort(assemble);
        Arrays.sort(pdf);
        report("  (f) pre-read of one partner (%d open deals): median %.1f ms, p95 %.1f ms (goal <= 100 ms);"
                        + " with its PDF (%,d bytes): median %.1f ms, p95 %.1f ms (goal <= 300 ms); %d reads after %d"
                        + " warm-up reads", asVendor(() -> preReads.preRead(qbrId)).openDeals().size(),
                percentile(assemble, 50), percentile(assemble, 95), bytes, percentile(pdf, 50), percentile(pdf, 95),
                READS, WARM_UP_READS);
    }

    /**
     * Issue 14: 10,000 partners x 8 quarters x 5 commitments (400,000), the newest plan of each
     * partner in force: the first page of the commitments board (overdue first, as vendor staff
     * open it) and one partner's follow-through figures over its last four plans.
     */
    @Test
    @Order(7)
    void timeTheCommitmentsBoardAndFollowThrough() throws Exception {
        requireGenerated();
        if (!runs("gi")) {
            return;
        }
        long start = System.nanoTime();
        PlanSizes sizes = program.generatePlans(VENDOR, ProgramCalendar.today(), SEED);
        double took = seconds(System.nanoTime() - start);
        assertEquals(partnerCount * 40L, program.count("plan_commitment", VENDOR));
        report("  (g) joint plans written in %.1f s: %,d QBRs, %,d plans, %,d commitments (%,d overdue in the plans in"
                + " force), %,d check-ins; load average %s", took, sizes.qbrs(), sizes.plans(), sizes.commitments(),
                sizes.overdueInForce(), sizes.checkIns(), loadAverage());
        long count = asVendor(() -> board.count(BoardFilter.NONE));
        assertEquals(partnerCount * 5L, count, "the board lists the plans in force");
        List<Long> ids = program.partnerIds(VENDOR);
        double[] pages = new double[READS];
        double[] opened = new double[READS];
        double[] follow = new double[READS];
        for (int i = 0; i < WARM_UP_READS + READS; i++) {
            long t0 = System.nanoTime();
            List<CommitmentRow> page = asVendor(() -> board.page(BoardFilter.NONE, 0, BOARD_PAGE));
            long t1 = System.nanoTime();
            long partnerId = ids.get((i * 7_919) % ids.size());
            List<FollowThrough.Figures> figures = asVendor(() -> grading.followThrough(partnerId));
            long t2 = System.nanoTime();
            // what the board's lazy table asks when the page opens: the count of rows, then the first page
            asVendor(() -> board.count(BoardFilter.NONE) + board.page(BoardFilter.NONE, 0, BOARD_PAGE).size());
            long t3 = System.nanoTime();
            if (i >= WARM_UP_READS) {
                pages[i - WARM_UP_READS] = (t1 - t0) / 1e6;
                follow[i - WARM_UP_READS] = (t2 - t1) / 1e6;
                opened[i - WARM_UP_READS] = (t3 - t2) / 1e6;
            }
            assertEquals(BOARD_PAGE, page.size());
            assertEquals(Math.min(BOARD_PAGE, sizes.overdueInForce()), page.stream().filter(CommitmentRow::isOverdue)
                    .count(), "overdue first");
            assertEquals(2, figures.size());
        }
        Arrays.sort(pages);
        Arrays.sort(opened);
        Arrays.sort(follow);
        report("      board's first page (%d of %,d, overdue first): median %.1f ms, p95 %.1f ms (goal <= 100 ms);"
                        + " with the count of its rows, as the page opens: median %.1f ms, p95 %.1f ms;"
                        + " a partner's follow-through (both sides, last four plans): median %.1f ms, p95 %.1f ms"
                        + " (goal <= 100 ms); %d reads after %d warm-up reads", BOARD_PAGE, count,
                percentile(pages, 50), percentile(pages, 95), percentile(opened, 50), percentile(opened, 95),
                percentile(follow, 50), percentile(follow, 95), READS, WARM_UP_READS);
        report("      load average after the reads: %s", loadAverage());
        long csvStart = System.nanoTime();
        byte[] csv = asVendor(() -> board.csv(BoardFilter.NONE));
        double csvTook = seconds(System.nanoTime() - csvStart);
        long records = new String(csv, java.nio.charset.StandardCharsets.UTF_8).split("\r\n").length;
        assertEquals(count + 1, records, "the header and every commitment in force");
        report("      the whole board as CSV (%,d rows, %,d bytes, its lines read a thousand ids a statement): %.2f s",
                count, csv.length, csvTook);
        report("      the statements of the board as the page opens and how MariaDB runs them (ANALYZE):");
        for (String statement : program.statementsOf(() -> asVendor(
                () -> board.count(BoardFilter.NONE) + board.page(BoardFilter.NONE, 0, BOARD_PAGE).size()))) {
            report("        " + statement.replaceAll("\\s+", " "));
            for (String line : program.analyze(statement)) {
                report("          " + line);
            }
        }
    }

    /**
     * Issue 17: the quarter's scorecards frozen, the tail's cohort view as vendor staff and as a tail
     * partner's user read it (the first view publishes the quarter's figures), and the long-tail
     * scorecard mail of the quarter to every long-tail partner, one person with an address each.
     */
    @Test
    @Order(8)
    void timeTheCohortViewAndTheLongTailMail() throws Exception {
        requireGenerated();
        if (!runs("h")) {
            return;
        }
        long start = System.nanoTime();
        int frozen = asVendor(() -> scorecards.freezeQuarter(quarter));
        double freezing = seconds(System.nanoTime() - start);
        // the long-tail mail is measured on 600 partners or more: the threshold is doubled until so many are under it
        BigDecimal threshold = asVendor(() -> programSettings.settings()).longTailThreshold();
        List<String> longTail = asVendor(() -> mailing.recipients());
        while (longTail.size() < LONG_TAIL_PARTNERS && threshold.compareTo(new BigDecimal("1000000")) < 0) {
            Settings in = asVendor(() -> programSettings.settings());
            threshold = threshold.multiply(BigDecimal.valueOf(2));
            BigDecimal doubled = threshold;
            asVendor(() -> programSettings.saveSettings(in.strategicPercent(), in.growthPercent(), doubled,
                    in.demotionGraceDays(), in.version()));
            asVendor(() -> segmentation.recompute(quarter));
            longTail = asVendor(() -> mailing.recipients());
        }
        start = System.nanoTime();
        CohortView first = asVendor(() -> cohorts.view()).orElseThrow();
        double publishing = (System.nanoTime() - start) / 1e6;
        assertEquals(quarter, first.quarter());
        int tail = first.measures().get(0).members();
        Caller tailUser = new Caller("bench-tail-user", VENDOR, longTail.isEmpty() ? null : longTail.get(0),
                java.util.Set.of(Role.PARTNER_USER));
        double[] staff = new double[READS];
        double[] partner = new double[READS];
        for (int i = 0; i < WARM_UP_READS + READS; i++) {
            start = System.nanoTime();
            CohortView view = asVendor(() -> cohorts.view()).orElseThrow();
            long read = System.nanoTime();
            if (tailUser.partnerCode() != null) {
                assertEquals(view.measures().get(0).shown(), callerContext.runAs(tailUser, () -> cohorts.ownView())
                        .orElseThrow().measures().get(0).shown());
            }
            long end = System.nanoTime();
            if (i >= WARM_UP_READS) {
                staff[i - WARM_UP_READS] = (read - start) / 1e6;
                partner[i - WARM_UP_READS] = (end - read) / 1e6;
            }
        }
        Arrays.sort(staff);
        Arrays.sort(partner);
        report("Issue 17, quarter %s: %,d scorecards frozen in %.1f s; the tail: %,d partners with a revenue figure,"
                + " %,d of them long-tail (threshold %s a quarter)", quarter, frozen, freezing, tail, longTail.size(),
                threshold.toPlainString());
        report("  (h) cohort view, first (publishes the quarter's figures) %.1f ms; as vendor staff read it: median"
                + " %.1f ms, p95 %.1f ms; as a tail partner's user (with its place): median %.1f ms, p95 %.1f ms"
                + " (goal <= 200 ms); %d reads after %d warm-up reads", publishing, percentile(staff, 50),
                percentile(staff, 95), percentile(partner, 50), percentile(partner, 95), READS, WARM_UP_READS);

        for (String code : longTail) {
            callerContext.runAs(new Caller("bench-" + code, VENDOR, code, java.util.Set.of(Role.PARTNER_USER),
                    "bench-" + code + "@partners.bench.example"), () -> people.signedIn());
        }
        start = System.nanoTime();
        int sent = asVendor(() -> mailing.run());
        double sending = seconds(System.nanoTime() - start);
        assertEquals(longTail.size(), sent, "one letter to each long-tail partner's person");
        assertEquals(0, (int) asVendor(() -> mailing.run()), "a second run sends nothing");
        report("  (h) long-tail scorecard mail: %,d letters (one person each) put in the outbox in %.2f s, %.0f mails/s"
                + " (each letter: the partner's two scorecards, its tier progress and its people read, the exactly-once"
                + " key written; the outbox sends them afterwards)", sent, sending, sent / sending);
        report("Load average at the end: " + loadAverage());
    }

    /**
     * Issue 16: the reminder job of the vendor on the plans of step (g), its owners in the people
     * directory with addresses (so that every reminder due is composed and written): the first run,
     * which writes every reminder due, and a second (nothing new); then how many messages the
     * server's senders hand to the stack's SMTP server a second; and the recap of the first
     * partner's latest held QBR as a PDF.
     */
    @Test
    @Order(9)
    void timeTheReminderJobAndTheRecapPdf() throws Exception {
        requireGenerated();
        if (!runs("i")) {
            return;
        }
        long people = program.peopleOfPlans(VENDOR);
        double[] reads = new double[3];
        int dueNow = 0;
        for (int i = 0; i < reads.length; i++) {
            long t0 = System.nanoTime();
            dueNow = asVendor(() -> commitmentReminders.due(Instant.now()).size());
            reads[i] = seconds(System.nanoTime() - t0);
        }
        report("  (i) the commitments' reminders due now (check-ins, flags, weekly digests; read from the commitments"
                + " in force, keys only, nothing composed): %,d, read in %.2f s (median of 3: %s)", dueNow,
                median(reads), list(reads));
        long keysBefore = program.count("sent_reminder", VENDOR);
        long messagesBefore = program.count("mail_outbox", VENDOR);
        long start = System.nanoTime();
        int written = asVendor(() -> reminders.run());
        double first = seconds(System.nanoTime() - start);
        long messages = program.count("mail_outbox", VENDOR) - messagesBefore;
        assertEquals(written, program.count("sent_reminder", VENDOR) - keysBefore, "a key for each reminder written");
        start = System.nanoTime();
        int again = asVendor(() -> reminders.run());
        double second = seconds(System.nanoTime() - start);
        assertEquals(0, again, "each reminder goes out once");
        report("      the reminder job, %,d commitments in force, %,d people in the directory: first run %.1f s, %,d"
                        + " reminders and %,d messages written (%.0f messages/s); second run (nothing new) %.2f s;"
                        + " load average %s", asVendor(() -> board.count(BoardFilter.NONE)), people, first, written,
                messages, messages / first, second, loadAverage());
        long sentBefore = program.outbox(VENDOR, "SENT");
        Thread.sleep(60_000);
        long sent = program.outbox(VENDOR, "SENT") - sentBefore;
        report("      the senders (every 10 s, each deployment's) handed %,d messages to the SMTP server in 60 s"
                + " (%.1f messages/s); %,d still pending", sent, sent / 60.0, program.outbox(VENDOR, "PENDING"));

        if (!runs("abcdef")) {
            asVendor(() -> scorecards.refresh(quarter)); // the recap's key figures (untimed)
        }
        long qbrId = program.latestHeldQbr(VENDOR, program.partnerIds(VENDOR).get(0));
        double[] pdf = new double[READS];
        int bytes = 0;
        for (int i = 0; i < WARM_UP_READS + READS; i++) {
            long t0 = System.nanoTime();
            byte[] rendered = asVendor(() -> recaps.pdf(qbrId));
            if (i >= WARM_UP_READS) {
                pdf[i - WARM_UP_READS] = (System.nanoTime() - t0) / 1e6;
            }
            assertEquals("%PDF-", new String(rendered, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
            bytes = rendered.length;
        }
        Arrays.sort(pdf);
        report("      the recap of a held QBR as its PDF (%,d bytes, assembled from the record and rendered): median"
                        + " %.1f ms, p95 %.1f ms (goal <= 300 ms); %d reads after %d warm-up reads; load average %s",
                bytes, percentile(pdf, 50), percentile(pdf, 95), READS, WARM_UP_READS, loadAverage());
    }

    /** On the client: prints what the server-side steps wrote, so it shows in the build's output. */
    @Test
    @Order(10)
    @RunAsClient
    void printTheFigures() throws IOException {
        Path file = reportFile();
        assertTrue(Files.isRegularFile(file), "no report at " + file);
        String line = "=".repeat(100);
        System.out.println(line + System.lineSeparator() + Files.readString(file).stripTrailing()
                + System.lineSeparator() + line);
    }

    private void assertSum(BigDecimal expected, Metric metric, int figures) throws Exception {
        BigDecimal[] total = program.figureTotal(VENDOR, quarter, metric.name());
        assertEquals(0, expected.compareTo(total[0]), metric + ": raw " + expected + ", scorecards " + total[0]);
        assertEquals(figures, total[1].intValue(), metric + " figures");
    }

    private <T> T asVendor(Supplier<T> work) {
        return callerContext.runAs(Caller.system(VENDOR), work);
    }

    /**
     * Whether the run includes any of these steps (a to h; a step runs when a later one it serves is named).
     * A step not chosen returns at once (an assumption would fail the in-server test under Arquillian).
     */
    private static boolean runs(String steps) {
        String chosen = settings().getProperty("steps");
        return steps.chars().anyMatch(step -> chosen.indexOf(step) >= 0);
    }

    private static void requireGenerated() {
        assertNotNull(quarter, "the program was not generated in this deployment");
    }

    private static void report(String format, Object... args) {
        REPORT.add(String.format(Locale.ROOT, format, args));
        try {
            Path file = Path.of(settings().getProperty("report"));
            Files.createDirectories(file.getParent());
            Files.write(file, REPORT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties settings() {
        Properties settings = new Properties();
        try (InputStream in = ProgramBenchmark.class.getResourceAsStream("/program-benchmark.properties")) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }

    private static Path reportFile() {
        return Path.of(System.getProperty("portal.repo"), "portal-it", "target", "program-benchmark.txt")
                .toAbsolutePath();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String list(double[] seconds) {
        return Arrays.toString(Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s)).toArray());
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
