package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.ParallelWork;
import com.partnerqbr.portal.vendor.JobClaims;
import com.partnerqbr.portal.vendor.VendorDirectory;
import com.partnerqbr.portal.vendor.VendorJobs;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled jobs across servers: every server's timer fires at a due time and claims the vendor's
 * part of it; of claims at the same moment (here several at once on the server's asynchronous pool,
 * as several servers' timers would) exactly one wins, later ones lose, and each vendor and each due
 * time is claimed apart; a job fired three times around one due time runs each vendor's step once.
 */
@ExtendWith(ArquillianExtension.class)
class JobClaimsIT {

    private static final Instant DUE = Instant.parse("2026-12-06T10:15:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("job-claims-it", JobClaimsIT.class);
    }

    @EJB
    private JobClaims claims;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ParallelWork parallel;

    @EJB
    private VendorJobs vendorJobs;

    @Inject
    private CallerContext callerContext;

    @Test
    void ofClaimsOnOneDueTimeAtOnceExactlyOneWinsAndEachVendorAndDueTimeIsClaimedApart() {
        TwoVendors two = TwoVendors.register(vendors, "jobs", "Job vendor");
        Caller north = Caller.system(two.vendor());
        Caller south = Caller.system(two.other());
        List<Future<Boolean>> atOnce = new ArrayList<>();
        for (int server = 0; server < 6; server++) {
            atOnce.add(parallel.run(north, () -> claims.claim("Sending the reminders", DUE)));
        }
        assertEquals(1, ParallelWork.results(atOnce).stream().filter(won -> won).count(),
                "one of six claims at once wins: " + ParallelWork.results(atOnce));
        assertFalse(as(north, () -> claims.claim("Sending the reminders", DUE)), "a later claim of that due time loses");

        assertTrue(as(south, () -> claims.claim("Sending the reminders", DUE)), "another vendor's part is its own");
        assertTrue(as(north, () -> claims.claim("Sending the reminders", DUE.plusSeconds(900))), "the next due time");
        assertTrue(as(north, () -> claims.claim("Nightly refresh", DUE)), "another job");
    }

    @Test
    void aJobFiredOnTwoServersForOneDueTimeRunsEachVendorsStepOnceAndAgainAtTheNextDueTime() {
        TwoVendors two = TwoVendors.register(vendors, "jobs", "Job vendor");
        String job = "Counting " + two.vendor();
        Map<String, Integer> runs = new ConcurrentHashMap<>();
        Runnable step = () -> runs.merge(callerContext.current().vendorCode(), 1, Integer::sum);
        Duration every = Duration.ofMinutes(15);
        vendorJobs.forEachVendorOnce(job, every, DUE, step);
        vendorJobs.forEachVendorOnce(job, every, DUE.plusMillis(1_500), step);
        vendorJobs.forEachVendorOnce(job, every, DUE.minusMillis(800), step);
        assertEquals(1, runs.get(two.vendor()), "once for the due time however many servers fire: " + runs);
        assertEquals(1, runs.get(two.other()), "and once for the other vendor: " + runs);

        vendorJobs.forEachVendorOnce(job, every, DUE.plus(every), step);
        assertEquals(2, runs.get(two.vendor()), "again at the next due time");
        assertEquals(2, runs.get(two.other()));
    }
}
