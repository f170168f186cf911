package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.program.segment.StandingService;
import com.partnerqbr.portal.program.tier.TierService;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.dispute.DisputeService;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner user is confined to its own partner by every service that takes a partner or a row
 * of one (through {@code PartnerService}): each read and change of another partner of the same
 * vendor answers "not found" exactly like another vendor's admin gets for it, while the same
 * call on the user's own partner answers.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerConfinementIT {

    private static final Quarter Q2 = Quarter.parse("2025-Q2");

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("confinement-it", PartnerConfinementIT.class, ProgramDataProbe.class);
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private PartnerService partners;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private StandingService standings;

    @EJB
    private TierService tiers;

    @EJB
    private TierProgressService progress;

    @EJB
    private QbrService qbrs;

    @EJB
    private DisputeService disputes;

    private Caller admin;
    private Caller mineAdmin;
    private Caller otherVendorAdmin;
    private long mine;
    private long theirs;
    private long theirFigure;
    private long theirDispute;
    private long myFigure;

    /** Two partners of one vendor with scorecards and standings of Q2, a dispute on the other one's figure. */
    @BeforeEach
    void twoPartners() {
        TwoVendors two = TwoVendors.register(vendors, "conf", "Confinement vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        mineAdmin = two.partnerUser("mia", "mine", Role.PARTNER_ADMIN);
        otherVendorAdmin = two.otherAdmin();
        mine = as(admin, () -> data.partner("mine", PartnerType.RESELLER));
        theirs = as(admin, () -> data.partner("theirs", PartnerType.RESELLER));
        as(admin, () -> {
            data.closed("m-1", "mine", 10_000, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 5, 10));
            data.closed("t-1", "theirs", 90_000, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 5, 10));
        });
        as(admin, () -> scorecards.refresh(Q2));
        as(admin, () -> segmentation.recompute(Q2));
        theirFigure = as(admin, () -> scorecards.view(theirs, Q2)).figures().get(0).figureId();
        myFigure = as(admin, () -> scorecards.view(mine, Q2)).figures().get(0).figureId();
        theirDispute = as(admin, () -> disputes.raise(theirFigure, "looks low")).getId();
    }

    @Test
    void everyReadOfAnotherPartnerAnswersNotFoundAndOfItsOwnAnswers() {
        List<LongFunction<Object>> reads = List.of(
                partners::find,
                id -> scorecards.view(id, Q2),
                scorecards::quarters,
                id -> standings.standing(id, Q2),
                standings::history,
                standings::movementsOf,
                progress::progress,
                qbrs::qbrsOf,
                qbrs::next,
                tiers::pendingProposal);
        for (int i = 0; i < reads.size(); i++) {
            LongFunction<Object> read = reads.get(i);
            String which = "read " + i;
            assertThrows(NotFoundException.class, () -> as(mineAdmin, () -> read.apply(theirs)), which);
            assertThrows(NotFoundException.class, () -> as(otherVendorAdmin, () -> read.apply(theirs)), which);
            as(mineAdmin, () -> read.apply(mine));
        }
        assertEquals("mine", as(mineAdmin, () -> partners.find(mine)).getCode());
        assertEquals(Q2, as(mineAdmin, () -> standings.standing(mine, Q2)).quarter());
    }

    @Test
    void rowsOfAnotherPartnerAreNotFoundAndStayUnchanged() {
        assertThrows(NotFoundException.class, () -> as(mineAdmin, () -> disputes.raise(theirFigure, "mine now")));
        assertThrows(NotFoundException.class, () -> as(mineAdmin, () -> disputes.resolve(theirDispute, "closed")));
        assertThrows(NotFoundException.class,
                () -> as(otherVendorAdmin, () -> disputes.resolve(theirDispute, "closed")));
        assertEquals(List.of(), as(mineAdmin, () -> disputes.list()));
        assertFalse(as(admin, () -> disputes.list()).get(0).isResolved(), "their dispute stays open");
        assertEquals("mine is fine", as(mineAdmin, () -> disputes.raise(myFigure, "mine is fine")).getComment());
    }
}
