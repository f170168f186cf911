package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.VendorJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every night (02:30 UTC, when {@code portal.nightly-refresh.enabled}, the default) and for
 * every vendor in turn, acting as that vendor ({@link VendorJobs}): refreshes the draft
 * scorecards of the last complete quarter and of the current one, then recomputes their
 * segments and tier eligibility. So each quarter's standings (and the tier proposals of the quarter just
 * ended) are there without anyone pressing a button, and late data reach the drafts. A vendor
 * whose run fails is logged and the others still run. With several servers each vendor's night runs
 * on one of them.
 */
@Singleton
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyProgramRefresh {

    private static final Logger LOG = Logger.getLogger(NightlyProgramRefresh.class.getName());

    @Inject
    @ConfigProperty(name = "portal.nightly-refresh.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    private CallerContext callerContext;

    @EJB
    private VendorJobs vendorJobs;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        if (!enabled) {
            return;
        }
        LocalDate today = ProgramCalendar.today();
        vendorJobs.forEachVendorOnce("Nightly refresh", Duration.ofDays(1), Instant.now(), () -> runFor(today));
    }

    /**
     * The night's work for the caller's vendor: the last complete quarter first (its recompute
     * raises the tier proposals), then the current one. @return the quarters done
     */
    public List<Quarter> runFor(LocalDate today) {
        Quarter current = Quarter.of(today);
        List<Quarter> quarters = List.of(current.previous(), current);
        for (Quarter quarter : quarters) {
            scorecards.refresh(quarter);
            segmentation.recompute(quarter);
        }
        String vendor = callerContext.current().vendorCode();
        LOG.info(() -> "Nightly refresh of vendor " + vendor + ": scorecards and standings of " + quarters);
        return quarters;
    }
}
