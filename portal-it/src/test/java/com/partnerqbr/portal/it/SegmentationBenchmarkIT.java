package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.program.Quarter;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.program.segment.SegmentationService.RecomputeSummary;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a timed test: prints how long recomputing segments and eligibility takes for
 * a vendor of {@link #PARTNERS} partners with 20 won deals each, and the ratio to the raw SQL
 * ranking query on the same data (the goal: 1.5 at 10,000 partners and 1,000,000 deals;
 * the test runs inside the server, so change the constant to try that size).
 */
@ExtendWith(ArquillianExtension.class)
class SegmentationBenchmarkIT {

    private static final Quarter LAST = Quarter.parse("2025-Q4");
    private static final int PARTNERS = 1000;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("segmentation-benchmark", SegmentationBenchmarkIT.class, BenchmarkProbe.class);
    }

    @Inject
    private CallerContext callerContext;

    @EJB
    private BenchmarkProbe probe;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private VendorDirectory vendors;

    @Test
    void recomputeAgainstTheRawRankingQuery() {
        int partners = PARTNERS;
        int dealsEach = 20;
        String vendor = "it-bench-" + UUID.randomUUID().toString().substring(0, 8);
        vendors.register(vendor, "Benchmark vendor");
        Caller admin = new Caller("ada", vendor, null, Set.of(Role.VENDOR_ADMIN));
        callerContext.runAs(admin, () -> {
            probe.program(partners, dealsEach, LAST);
            return null;
        });
        for (Quarter q = LAST.minus(3); q.compareTo(LAST) <= 0; q = q.next()) {
            Quarter quarter = q;
            callerContext.runAs(admin, () -> scorecards.refresh(quarter));
        }
        // warm up both once, then measure the better of three runs each
        callerContext.runAs(admin, () -> segmentation.recompute(LAST));
        callerContext.runAs(admin, () -> probe.rawRanking(vendor, LAST));
        long recompute = Long.MAX_VALUE;
        long raw = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            RecomputeSummary summary = callerContext.runAs(admin, () -> segmentation.recompute(LAST));
            recompute = Math.min(recompute, System.nanoTime() - start);
            assertEquals(partners, summary.partners());
            start = System.nanoTime();
            int ranked = callerContext.runAs(admin, () -> probe.rawRanking(vendor, LAST));
            raw = Math.min(raw, System.nanoTime() - start);
            assertEquals(partners, ranked);
        }
        System.out.printf("Segmentation benchmark: %d partners, %d deals: recompute %d ms, raw SQL ranking %d ms,"
                        + " ratio %.1f%n", partners, partners * dealsEach, recompute / 1_000_000, raw / 1_000_000,
                (double) recompute / Math.max(1, raw));
    }
}
