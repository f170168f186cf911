package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.program.segment.StandingService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tail.CohortFigures.Distribution;
import com.partnerqbr.portal.tail.CohortService;
import com.partnerqbr.portal.tail.CohortService.CohortView;
import com.partnerqbr.portal.tail.CohortService.MeasureView;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tail cohort (issue 17) in the real server against the real database, on hand-built data with
 * known answers: ten partners won 10,000 to 100,000 in one quarter each; the top one is strategic,
 * the next two growth, the seven others (10,000 to 70,000) the tail. Their quartiles, each
 * partner's place, the minimum, the publication that no later change of the cohort alters, and
 * attacks from another vendor and from a partner user.
 */
@ExtendWith(ArquillianExtension.class)
class CohortIT {

    private static final Quarter Q2 = TailProgram.Q2;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("cohort-it", CohortIT.class, ProgramDataProbe.class);
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private StandingService standings;

    @EJB
    private ProgramSettingsService programSettings;

    @EJB
    private CohortService cohorts;

    @EJB
    private VendorDirectory vendors;

    private TwoVendors two;
    private Caller admin;
    private final Map<String, Long> partners = new HashMap<>();

    @BeforeEach
    void program() {
        two = TwoVendors.register(vendors, "cohort", "Cohort vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        as(admin, () -> {
            partners.putAll(TailProgram.partners(data, 10, i -> 10_000L * (i + 1)));
            TailProgram.close(scorecards, segmentation, true, Q2);
        });
        // the other vendor: six partners of 100,000 to 600,000, four of them its tail, fewer than its minimum
        as(two.otherAdmin(), () -> {
            TailProgram.partners(data, 6, i -> 100_000L * (i + 1));
            TailProgram.close(scorecards, segmentation, true, Q2);
        });
    }

    private Caller userOf(String partner) {
        return two.partnerUser("user-" + partner, partner, Role.PARTNER_USER);
    }

    private static MeasureView revenue(CohortView view) {
        return view.measures().stream().filter(m -> m.metric() == Metric.ATTRIBUTED_REVENUE).findFirst().orElseThrow();
    }

    @Test
    void theTailsQuartilesAndEachPartnersPlace() {
        as(admin, () -> {
            for (int i = 0; i < 10; i++) {
                Segment segment = standings.standing(partners.get("p" + i), Q2).effectiveSegment();
                if (i >= 7) {
                    assertEquals(i == 9 ? Segment.STRATEGIC : Segment.GROWTH, segment, "p" + i);
                } else {
                    assertTrue(CohortService.TAIL.contains(segment), "p" + i + " is " + segment);
                }
            }
        });
        CohortView lowest = as(userOf("p0"), () -> cohorts.ownView()).orElseThrow();
        assertEquals(Q2, lowest.quarter());
        assertEquals(5, lowest.minimum());
        MeasureView revenue = revenue(lowest);
        // 10,000 ... 70,000: ranks 1.5, 3 and 4.5 of 0..6
        assertEquals(new Distribution(7, new BigDecimal("25000.0000"), new BigDecimal("40000.0000"),
                new BigDecimal("55000.0000")), revenue.shown());
        assertEquals("Your attributed revenue is in the bottom quarter of the program's tail.", revenue.standing());
        assertEquals(0, new BigDecimal("10000").compareTo(revenue.own()));
        assertEquals("Your attributed revenue is in the top quarter of the program's tail.",
                revenue(as(userOf("p6"), () -> cohorts.ownView()).orElseThrow()).standing());
        assertEquals("Your attributed revenue is above the median of the program's tail.",
                revenue(as(userOf("p3"), () -> cohorts.ownView()).orElseThrow()).standing());

        MeasureView asVendor = revenue(as(admin, () -> cohorts.view()).orElseThrow());
        assertEquals(revenue.shown(), asVendor.shown(), "vendor staff read the figures the partners read");
        assertEquals("", asVendor.standing(), "and no partner's place");
        assertNull(asVendor.own());
        assertThrows(AccessDeniedException.class, () -> as(userOf("p0"), () -> cohorts.view()),
                "a partner user reads its own place only");
    }

    @Test
    void aMeasureFewerPartnersThanTheMinimumHadAValueOfShowsNothing() {
        for (MeasureView measure : as(userOf("p0"), () -> cohorts.ownView()).orElseThrow().measures()) {
            assertEquals(measure.members() < 5, measure.shown() == null, measure.metric() + ": " + measure.members());
        }

        long version = as(admin, () -> programSettings.settings().version());
        assertEquals("The smallest cohort shown is 5 to 1,000 partners: with fewer, the quartiles and a partner's own"
                + " figure give away the others'.", assertThrows(RefusedException.class,
                () -> as(admin, () -> programSettings.saveCohortMinimum(4, version))).getMessage());
        assertThrows(AccessDeniedException.class, () -> as(two.staff("max", Role.PARTNER_MANAGER),
                () -> programSettings.saveCohortMinimum(8, version)));
        assertEquals(7, revenue(as(userOf("p0"), () -> cohorts.ownView()).orElseThrow()).shown().members(),
                "refusals changed nothing");

        as(admin, () -> programSettings.saveCohortMinimum(8, version));
        MeasureView revenue = revenue(as(userOf("p0"), () -> cohorts.ownView()).orElseThrow());
        assertEquals(7, revenue.members());
        assertNull(revenue.shown(), "7 partners, fewer than the minimum of 8");
        assertEquals("", revenue.standing());
    }

    @Test
    void aQuartersFiguresArePublishedOnceSoNoViewOfNMinusOnePartnersFollows() {
        Distribution first = revenue(as(userOf("p0"), () -> cohorts.ownView()).orElseThrow()).shown();
        as(admin, () -> {
            long version = standings.standing(partners.get("p6"), Q2).version();
            standings.override(partners.get("p6"), Q2, Segment.GROWTH, "Moved up for the test", version);
        });
        as(admin, () -> assertEquals(Segment.GROWTH, standings.standing(partners.get("p6"), Q2).effectiveSegment()));
        // six partners are in the tail now; figures of those six would give away p6's 70,000 next to those of seven
        assertEquals(first, revenue(as(userOf("p0"), () -> cohorts.ownView()).orElseThrow()).shown());
        assertEquals(first, revenue(as(admin, () -> cohorts.view()).orElseThrow()).shown());
    }

    @Test
    void anotherVendorReadsOnlyItsOwnCohort() {
        MeasureView others = revenue(as(two.otherAdmin(), () -> cohorts.view()).orElseThrow());
        assertEquals(4, others.members(), "the other vendor's tail: four of its six (one strategic, one growth)");
        assertNull(others.shown(), "fewer than its minimum of 5: nothing shown, none of our figures either");
        MeasureView ours = revenue(as(admin, () -> cohorts.view()).orElseThrow());
        assertEquals(7, ours.members(), "its partners are not in ours");
        // the other vendor's partner p0 reads the other vendor's cohort, not ours
        Caller othersPartner = two.otherPartnerUser("user-other-p0", "p0", Role.PARTNER_USER);
        assertEquals(4, revenue(as(othersPartner, () -> cohorts.ownView()).orElseThrow()).members());
    }
}
