package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tail.OneOnOneRequest.Status;
import com.partnerqbr.portal.tail.OneOnOneService;
import com.partnerqbr.portal.tail.OneOnOneService.RequestView;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 1:1 requests (issue 17) in the real server against the real database and SMTP server: ten
 * partners won 10,000 to 100,000 in one quarter, p0 to p6 are the tail, p9 is strategic. Tail
 * partners' admins ask, vendor staff answer oldest first: accepted into a QBR in the growth format,
 * or declined with a reply the partner reads and receives; every rule attacked from another vendor,
 * another partner and roles that may not.
 */
@ExtendWith(ArquillianExtension.class)
class OneOnOneIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Mailbox.addTo(ServicesDeployment.of("one-on-one-it", OneOnOneIT.class, ProgramDataProbe.class),
                "one-on-one-it-probe.war");
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private OneOnOneService oneOnOnes;

    @EJB
    private QbrService qbrs;

    @EJB
    private PeopleDirectory people;

    @EJB
    private VendorDirectory vendors;

    private TwoVendors two;
    private Caller manager;
    private final Map<String, Long> partners = new HashMap<>();

    @BeforeEach
    void program() {
        two = TwoVendors.register(vendors, "one", "1:1 vendor");
        manager = two.staff("max", Role.PARTNER_MANAGER);
        as(two.staff("ada", Role.VENDOR_ADMIN), () -> {
            partners.putAll(TailProgram.partners(data, 10, i -> 10_000L * (i + 1)));
            TailProgram.close(scorecards, segmentation, false, TailProgram.Q2);
        });
        as(two.otherAdmin(), () -> data.partner("p0", PartnerType.RESELLER));
    }

    private Caller adminOf(String partner) {
        return two.partnerUser("admin-" + partner, partner, Role.PARTNER_ADMIN,
                "admin@" + partner + "." + two.vendor() + ".example");
    }

    private static LocalDateTime tomorrowAtThree() {
        return LocalDateTime.of(ProgramCalendar.today().plusDays(1), LocalTime.of(15, 0));
    }

    @Test
    void tailPartnersAskAndTheVendorAnswersOldestFirst() throws Exception {
        as(adminOf("p0"), () -> people.signedIn());
        as(adminOf("p1"), () -> people.signedIn());
        RequestView first = as(adminOf("p0"), () -> oneOnOnes.request("  Our manufacturing pipeline  "));
        assertEquals("Our manufacturing pipeline", first.request());
        assertEquals(Status.WAITING, first.status());
        assertTrue(assertThrows(RefusedException.class, () -> as(adminOf("p0"), () -> oneOnOnes.request("Again")))
                .getMessage().endsWith("is still waiting for the vendor's answer."));
        RequestView second = as(adminOf("p1"), () -> oneOnOnes.request("Co-selling in EMEA"));
        assertEquals(List.of("p0", "p1"), as(manager, () -> oneOnOnes.queue()).stream()
                .map(r -> r.partnerName().replace("Partner ", "")).toList(), "the oldest first");

        RequestView accepted = as(manager, () -> oneOnOnes.accept(first.id(), tomorrowAtThree(), null, first.version()));
        assertEquals(Status.ACCEPTED, accepted.status());
        assertEquals(tomorrowAtThree(), accepted.qbrStartsAt());
        QbrView qbr = as(manager, () -> qbrs.qbrsOf(partners.get("p0"))).get(0);
        assertEquals(45, qbr.meetingMinutes(), "the growth format's QBR");
        assertEquals(ProgramCalendar.currentQuarter(), qbr.quarter());

        assertEquals("Write the partner a reply (1 to 500 characters): it reads why.", assertThrows(
                RefusedException.class, () -> as(manager, () -> oneOnOnes.decline(second.id(), " ", second.version())))
                .getMessage());
        as(manager, () -> oneOnOnes.decline(second.id(), "Please join the program review of January first.",
                second.version()));
        RequestView declined = as(adminOf("p1"), () -> oneOnOnes.ownRequests()).get(0);
        assertEquals(Status.DECLINED, declined.status());
        assertEquals("Please join the program review of January first.", declined.reply());
        assertEquals("max", declined.decidedBy());
        assertEquals(List.of(), as(manager, () -> oneOnOnes.queue()));
        assertTrue(assertThrows(RefusedException.class, () -> as(manager, () -> oneOnOnes.decline(first.id(), "No",
                accepted.version()))).getMessage().startsWith("That request was answered already (accepted by max)"));

        Mailbox mailbox = Mailbox.inServer();
        assertTrue(mailbox.await("admin@p0." + two.vendor() + ".example", m -> m.text().contains("is accepted: the QBR is on"),
                Duration.ofSeconds(120)).size() == 1);
        assertEquals(1, mailbox.await("admin@p1." + two.vendor() + ".example",
                m -> m.text().contains("declined: Please join the program review of January first."),
                Duration.ofSeconds(120)).size());
    }

    @Test
    void onlyATailPartnersAdminAsksWithAReason() {
        assertEquals("Say what you would like to review (1 to 1,000 characters).", assertThrows(RefusedException.class,
                () -> as(adminOf("p0"), () -> oneOnOnes.request(" "))).getMessage());
        assertEquals("Partner p9 has QBRs with the vendor already: raise it at the next one.", assertThrows(
                RefusedException.class, () -> as(adminOf("p9"), () -> oneOnOnes.request("Pipeline"))).getMessage());
        assertThrows(AccessDeniedException.class, () -> as(two.partnerUser("pat", "p0", Role.PARTNER_USER),
                () -> oneOnOnes.request("Pipeline")));
        assertThrows(AccessDeniedException.class, () -> as(adminOf("p0"), () -> oneOnOnes.queue()));
        assertEquals(List.of(), as(manager, () -> oneOnOnes.queue()), "nothing was asked");
    }

    @Test
    void everyAnswerAttackedFromAnotherVendorAnotherPartnerAndReaders() {
        RequestView asked = as(adminOf("p0"), () -> oneOnOnes.request("Pipeline"));
        Caller otherManager = two.otherStaff("oscar", Role.PARTNER_MANAGER);
        assertThrows(NotFoundException.class, () -> as(otherManager, () -> oneOnOnes.accept(asked.id(),
                tomorrowAtThree(), Segment.GROWTH, asked.version())));
        assertThrows(NotFoundException.class, () -> as(otherManager, () -> oneOnOnes.decline(asked.id(), "No",
                asked.version())));
        assertEquals(List.of(), as(otherManager, () -> oneOnOnes.queue()));
        assertEquals(List.of(), as(two.otherPartnerUser("olga", "p0", Role.PARTNER_ADMIN),
                () -> oneOnOnes.ownRequests()), "another vendor's partner of the same code");
        assertEquals(List.of(), as(adminOf("p1"), () -> oneOnOnes.ownRequests()), "another partner");
        assertThrows(AccessDeniedException.class, () -> as(two.staff("erin", Role.EXECUTIVE),
                () -> oneOnOnes.accept(asked.id(), tomorrowAtThree(), null, asked.version())));
        assertThrows(AccessDeniedException.class, () -> as(adminOf("p0"),
                () -> oneOnOnes.decline(asked.id(), "No", asked.version())));
        assertEquals("Someone changed that request since you opened it; reload and try again.", assertThrows(
                RefusedException.class, () -> as(manager, () -> oneOnOnes.decline(asked.id(), "No", asked.version() + 1)))
                .getMessage());
        RequestView unchanged = as(manager, () -> oneOnOnes.queue()).get(0);
        assertEquals(Status.WAITING, unchanged.status());
        assertEquals(asked.version(), unchanged.version());
        assertEquals(List.of(), as(manager, () -> qbrs.qbrsOf(partners.get("p0"))), "no QBR was scheduled");
    }
}
