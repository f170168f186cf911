package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.plan.JointPlanService;
import com.partnerqbr.portal.plan.PlanItemService;
import com.partnerqbr.portal.plan.PlanView;
import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.plan.recap.RecapService;
import com.partnerqbr.portal.plan.recap.RecapService.RecapView;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.review.feedback.FeedbackService;
import com.partnerqbr.portal.review.meeting.MeetingService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.logging.LogFactory;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recap through the real services, the real outbox and the stack's real SMTP server: the vendor
 * sends a held QBR's recap to every attendee of both sides with an address (the PDF attached, its
 * text read back), never to anyone of another vendor; sent once, then kept as sent while later
 * corrections show as amendments; its 24-hour status a minute either side of its edge; every way
 * in attacked from another vendor, another partner and the roles that only read.
 */
@ExtendWith(ArquillianExtension.class)
class RecapIT {

    private static final Quarter PREV = ProgramCalendar.currentQuarter().previous();
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ServicesDeployment.of("recap-it", RecapIT.class, ProgramDataProbe.class, QbrProbe.class);
        Mailbox.addTo(ear, "recap-it-probe.war").getAsType(WebArchive.class, "recap-it-probe.war")
                .addAsLibraries(jarOf(Loader.class), jarOf(RandomAccessRead.class), jarOf(FontBoxFont.class),
                        jarOf(LogFactory.class));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ProgramDataProbe data;

    @EJB
    private QbrProbe probe;

    @EJB
    private ProgramClock clock;

    @EJB
    private AttendeeService attendees;

    @EJB
    private MeetingService meeting;

    @EJB
    private FeedbackService feedback;

    @EJB
    private JointPlanService plans;

    @EJB
    private PlanItemService items;

    @EJB
    private RecapService recaps;

    private TwoVendors two;
    private Caller admin;
    private Caller manager;
    private Caller executive;
    private Caller otherAdmin;
    private Caller alphaAdmin;
    private Caller alphaUser;
    private Caller bravoAdmin;

    /** A vendor in Chicago with partners alpha and bravo; another vendor with its own alpha and a held QBR. */
    @BeforeEach
    void program() {
        two = TwoVendors.register(vendors, "recap", "Recap vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        manager = two.staff("max", Role.PARTNER_MANAGER);
        executive = two.staff("eve", Role.EXECUTIVE);
        otherAdmin = two.otherAdmin();
        alphaAdmin = two.partnerUser("al", "alpha", Role.PARTNER_ADMIN);
        alphaUser = two.partnerUser("sam", "alpha", Role.PARTNER_USER);
        bravoAdmin = two.partnerUser("bo", "bravo", Role.PARTNER_ADMIN);
        as(admin, () -> clock.change("America/Chicago", 33));
        as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        as(otherAdmin, () -> data.partner("alpha", PartnerType.RESELLER));
    }

    /** A QBR of last quarter that started {@code ago} before now and was held. */
    private long heldQbr(Caller by, String partner, Duration ago) {
        LocalDateTime start = LocalDateTime.ofInstant(Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS),
                ZoneOffset.UTC);
        return as(by, () -> probe.pastQbr(partner, PREV, start, true));
    }

    private String address(String person) {
        return person + "@" + two.vendor() + ".example";
    }

    @Test
    void theRecapReachesEveryAttendeeOfBothSidesWithItsPdfAndNobodyOfAnotherVendor() throws Exception {
        long q = heldQbr(manager, "alpha", Duration.ofHours(3));
        as(manager, () -> attendees.add(q, Side.VENDOR, "Max Manager", address("max"), "max", null, true, false));
        as(alphaAdmin, () -> attendees.add(q, Side.PARTNER, "Al Alliance", address("al"), "al", null, true, true));
        as(alphaAdmin, () -> attendees.add(q, Side.PARTNER, "Sam Seller", null, "sam", null, false, false));
        as(manager, () -> meeting.decide(q, "Co-fund two healthcare webinars", "Al Alliance", Side.PARTNER));
        as(alphaAdmin, () -> feedback.answer(q, "Leads arrive a week late", "lead routing", -1));
        as(manager, () -> feedback.respond(q, "Routing moves into the portal in January", true,
                as(manager, () -> feedback.view(q)).version()));
        PlanView plan = as(manager, () -> plans.draft(q));
        as(manager, () -> items.addCommitment(plan.id(), new CommitmentContent(Side.VENDOR, "Max Manager",
                address("max"), null, PREV.next().lastDay(), "route 10 qualified healthcare leads to alpha",
                Cadence.MONTHLY, null)));
        // the other vendor's own held QBR with an attendee: nothing of ours reaches them
        long others = heldQbr(otherAdmin, "alpha", Duration.ofHours(3));
        String outsider = "max@" + two.other() + ".example";
        as(otherAdmin, () -> attendees.add(others, Side.VENDOR, "Max Other", outsider, null, null, true, false));

        RecapView draft = as(manager, () -> recaps.recap(q));
        assertFalse(draft.sent());
        assertTrue(draft.maySend());
        assertEquals(List.of(address("max"), address("al")), draft.recipients());
        assertEquals(List.of("Sam Seller (Partner, no e-mail address)"), draft.notReached());

        RecapView sent = as(manager, () -> recaps.send(q));
        assertTrue(sent.sent());
        assertEquals("max", sent.sentBy());
        assertEquals(Deadlines.Status.ON_TIME, sent.status());
        assertEquals(List.of(address("max"), address("al")), sent.recipients());
        String subject = "Recap of the " + PREV + " QBR: Partner alpha and " + vendors.findByCode(two.vendor()).orElseThrow()
                .getName();
        assertEquals(subject, sent.subject());

        Mailbox mailbox = mailbox();
        for (String person : List.of("max", "al")) {
            List<Mailbox.Mail> mails = mailbox.await(address(person), m -> subject.equals(m.subject()), DELIVERY);
            assertEquals(1, mails.size(), person + " gets one recap");
            Mailbox.Mail mail = mails.get(0);
            assertEquals(address(person), mail.to());
            assertTrue(mail.contentType().startsWith("multipart/mixed"), mail.contentType());
            assertTrue(mail.text().contains("Decisions\n- Co-fund two healthcare webinars (Al Alliance, Partner)\n"),
                    mail.text());
            assertTrue(mail.text().contains("- Vendor, Max Manager: route 10 qualified healthcare leads to alpha, due "
                    + PREV.next().lastDay()), mail.text());
            assertTrue(mail.text().contains("- Partner: lead routing: Leads arrive a week late\n- Vendor's response:"
                    + " Routing moves into the portal in January\n"), mail.text());
            assertTrue(mail.html().contains("<h2>Decisions</h2><ul><li>Co-fund two healthcare webinars"), mail.html());
            assertEquals(1, mail.files().size());
            Mailbox.File pdf = mail.files().get(0);
            assertEquals("recap-alpha-" + PREV + ".pdf", pdf.name());
            assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
            assertArrayEquals(as(alphaUser, () -> recaps.pdf(q)), pdf.content(), "the PDF as kept");
            try (PDDocument doc = Loader.loadPDF(pdf.content())) {
                assertEquals(1, doc.getNumberOfPages());
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains(subject), text);
                assertTrue(text.contains("- Co-fund two healthcare webinars (Al Alliance, Partner)"), text);
                assertTrue(text.contains("- Vendor's response: Routing moves into the portal in January"), text);
            }
        }
        assertEquals(List.of(), mailbox.matching(outsider, m -> true), "another vendor's people get nothing");
    }

    @Test
    void aSentRecapIsKeptAsSentAndLaterCorrectionsAreAmendments() {
        long q = heldQbr(manager, "alpha", Duration.ofHours(3));
        as(manager, () -> attendees.add(q, Side.VENDOR, "Max Manager", address("max"), "max", null, true, false));
        as(manager, () -> meeting.decide(q, "Run a joint webinar", "Max Manager", Side.VENDOR));
        RecapView sent = as(manager, () -> recaps.send(q));

        RefusedException again = assertThrows(RefusedException.class, () -> as(admin, () -> recaps.send(q)));
        assertTrue(again.getMessage().startsWith("The recap was sent already, by max on "), again.getMessage());
        assertTrue(again.getMessage().endsWith("(America/Chicago); corrections of the record are kept as amendments."),
                again.getMessage());

        as(alphaAdmin, () -> meeting.decide(q, "Add a second webinar in March", "Al Alliance", Side.PARTNER));
        RecapView read = as(alphaUser, () -> recaps.recap(q));
        assertTrue(read.sent());
        assertEquals(sent.textBody(), read.textBody(), "the recap stays as it was sent");
        assertFalse(read.textBody().contains("second webinar"), read.textBody());
        assertEquals(List.of("Decision added: (nothing) → 'Add a second webinar in March (Al Alliance)'"),
                read.amendedSince().stream().map(a -> a.what()).toList());
        assertFalse(read.maySend());
    }

    @Test
    void theStatusIsOnTimeOrLateAMinuteEitherSideOfTheTwentyFourHours() {
        // a 45-minute meeting: due 24 h after its end (no change of the clocks in these hours)
        long early = heldQbr(manager, "alpha", Duration.ofHours(24).plusMinutes(45).minusMinutes(1));
        long late = heldQbr(manager, "bravo", Duration.ofHours(24).plusMinutes(45).plusMinutes(1));
        for (long q : List.of(early, late)) {
            as(manager, () -> attendees.add(q, Side.VENDOR, "Max Manager", address("max"), "max", null, true, false));
        }
        assertEquals(Deadlines.Status.DUE, as(manager, () -> recaps.recap(early)).status());
        assertEquals(Deadlines.Status.MISSED, as(manager, () -> recaps.recap(late)).status());
        assertEquals(Map.of(early, Deadlines.Status.DUE, late, Deadlines.Status.MISSED),
                as(executive, () -> recaps.statuses(List.of(early, late))));
        assertEquals(Deadlines.Status.ON_TIME, as(manager, () -> recaps.send(early)).status());
        assertEquals(Deadlines.Status.LATE, as(manager, () -> recaps.send(late)).status());
        assertEquals(Map.of(early, Deadlines.Status.ON_TIME, late, Deadlines.Status.LATE),
                as(admin, () -> recaps.statuses(List.of(early, late))));
    }

    @Test
    void anotherVendorAnotherPartnerAndTheReadersCanNeitherReadNorSendIt() {
        long q = heldQbr(manager, "alpha", Duration.ofHours(3));
        as(manager, () -> attendees.add(q, Side.VENDOR, "Max Manager", address("max"), "max", null, true, false));
        for (Caller outsider : List.of(otherAdmin, bravoAdmin)) {
            assertThrows(NotFoundException.class, () -> as(outsider, () -> recaps.recap(q)), outsider.name());
            assertThrows(NotFoundException.class, () -> as(outsider, () -> recaps.send(q)), outsider.name());
            assertThrows(NotFoundException.class, () -> as(outsider, () -> recaps.pdf(q)), outsider.name());
            assertEquals(Map.of(), as(outsider, () -> recaps.statuses(List.of(q))), outsider.name());
        }
        for (Caller reader : List.of(alphaAdmin, alphaUser, executive)) {
            assertThrows(AccessDeniedException.class, () -> as(reader, () -> recaps.send(q)), reader.name());
        }
        // the partner's people read no draft: the recap is theirs once the vendor sent it
        RecapView before = as(alphaAdmin, () -> recaps.recap(q));
        assertFalse(before.sent());
        assertNull(before.textBody());
        assertThrows(NotFoundException.class, () -> as(alphaUser, () -> recaps.pdf(q)));
        assertFalse(as(executive, () -> recaps.recap(q)).maySend());
        assertFalse(as(manager, () -> recaps.recap(q)).sent(), "nothing was sent by the attempts");
    }

    @Test
    void aQbrNotHeldHasNoRecapToSend() {
        long q = as(manager, () -> probe.pastQbr("alpha", PREV, LocalDateTime.now(ZoneOffset.UTC).minusHours(2)
                .truncatedTo(ChronoUnit.SECONDS), false));
        as(manager, () -> attendees.add(q, Side.VENDOR, "Max Manager", address("max"), "max", null, true, false));
        assertEquals("The QBR is not marked held yet: mark it held with who attended, then send its recap.",
                assertThrows(RefusedException.class, () -> as(manager, () -> recaps.send(q))).getMessage());
        assertFalse(as(manager, () -> recaps.recap(q)).sent());
    }

    private static Mailbox mailbox() throws Exception {
        return Mailbox.inServer();
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return Acting.as(caller, work);
    }
}
