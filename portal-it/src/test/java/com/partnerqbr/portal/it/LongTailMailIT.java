package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.scorecard.FigureFormat;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.MetricUnit;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tail.LongTailMailing;
import com.partnerqbr.portal.tail.LongTailMailing.Letter;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The long-tail scorecard mail (issue 17) in the real server, against the real database and SMTP
 * server: ten partners, p0 to p6 won 100 to 700 in 2025-Q2 (long-tail: under the threshold), p7 to
 * p9 50,000 and more; p0 also won 50 in 2025-Q1; both quarters frozen. p0's two people each receive
 * one letter with their figures and the change since Q1, also when the run repeats; nobody else of
 * this vendor or another does; the preview is the letter sent.
 */
@ExtendWith(ArquillianExtension.class)
class LongTailMailIT {

    private static final Quarter Q1 = Quarter.parse("2025-Q1");
    private static final Quarter Q2 = TailProgram.Q2;

    @Deployment
    static EnterpriseArchive deployment() {
        return Mailbox.addTo(ServicesDeployment.of("long-tail-it", LongTailMailIT.class, ProgramDataProbe.class),
                "long-tail-it-probe.war");
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private LongTailMailing mailing;

    @EJB
    private PeopleDirectory people;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ProgramSettingsService programSettings;

    private TwoVendors two;
    private Caller admin;

    @BeforeEach
    void program() {
        two = TwoVendors.register(vendors, "long", "Long-tail vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN);
        as(admin, () -> {
            TailProgram.partners(data, 10, i -> i < 7 ? 100L * (i + 1) : 50_000L * (i - 6));
            data.closed("won-p0-q1", "p0", 50, DealOrigin.SOURCED, DealStage.WON, LocalDate.of(2025, 2, 10));
            TailProgram.close(scorecards, segmentation, true, Q1, Q2);
        });
        for (String person : List.of("pam", "pia")) {
            as(two.partnerUser(person, "p0", Role.PARTNER_USER, mail(person)), () -> people.signedIn());
        }
        as(two.partnerUser("sid", "p9", Role.PARTNER_USER, mail("sid")), () -> people.signedIn());
        as(two.otherAdmin(), () -> data.partner("p0", PartnerType.RESELLER));
        as(two.otherPartnerUser("oli", "p0", Role.PARTNER_USER, mail("oli")), () -> people.signedIn());
    }

    private String mail(String person) {
        return person + "@" + two.vendor() + ".example";
    }

    @Test
    void eachLongTailPartnersPeopleReceiveTheirLetterOnce() throws Exception {
        assertEquals(List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6"), as(admin, () -> mailing.recipients()));
        assertEquals(1, as(admin, () -> mailing.run()), "only p0 has people with an address");
        assertEquals(0, as(admin, () -> mailing.run()), "a second run sends nothing");

        BigDecimal q2 = as(admin, () -> data.figures(Q2, Metric.ATTRIBUTED_REVENUE)).get("p0");
        BigDecimal q1 = as(admin, () -> data.figures(Q1, Metric.ATTRIBUTED_REVENUE)).get("p0");
        String revenue = "Attributed revenue: " + FigureFormat.format(MetricUnit.MONEY, q2, "USD") + " \u25b2 up from "
                + FigureFormat.format(MetricUnit.MONEY, q1, "USD") + " in 2025-Q1";
        Mailbox mailbox = Mailbox.inServer();
        for (String person : List.of("pam", "pia")) {
            List<Mailbox.Mail> received = mailbox.await(mail(person), m -> true, Duration.ofSeconds(120));
            assertEquals(1, received.size(), person);
            Mailbox.Mail letter = received.get(0);
            assertTrue(letter.subject().startsWith("Your 2025-Q2 scorecard with Long-tail vendor "), letter.subject());
            assertTrue(letter.text().contains("- " + revenue + "\n"), letter.text());
            assertTrue(letter.text().contains("Book time with us: ask for a 1:1 review at ")
                    && letter.text().contains("/partner/home.xhtml#oneOnOne"), letter.text());
            assertTrue(letter.html().contains("#oneOnOne\">Book time with us"), letter.html());
        }
        Thread.sleep(12_000); // a later run of the sender finds nothing more
        assertEquals(1, mailbox.matching(mail("pam"), m -> true).size(), "never twice");
        assertEquals(List.of(), mailbox.matching(mail("sid"), m -> true), "a strategic partner's person");
        assertEquals(List.of(), mailbox.matching(mail("oli"), m -> true), "another vendor's partner of the same code");
    }

    @Test
    void theVendorPreviewsTheLetterAndOnlyItsAdminsSendIt() {
        Caller manager = two.staff("max", Role.PARTNER_MANAGER);
        Letter preview = as(manager, () -> mailing.preview("p0"));
        assertEquals(List.of(mail("pam"), mail("pia")), preview.recipients());
        assertTrue(preview.text().startsWith("Partner p0, your 2025-Q2 with Long-tail vendor "), preview.text());
        assertThrows(NotFoundException.class, () -> as(manager, () -> mailing.preview("p9")), "not long-tail");
        assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> mailing.preview("p0")),
                "another vendor's partner of the same code, in a vendor with no frozen quarter");
        assertThrows(AccessDeniedException.class, () -> as(two.partnerUser("pam", "p0", Role.PARTNER_ADMIN),
                () -> mailing.preview("p0")));
        assertThrows(AccessDeniedException.class, () -> as(manager, () -> mailing.run()));
        assertEquals(List.of(), as(two.otherAdmin(), () -> mailing.recipients()));
    }

    @Test
    void theBookTimeLinkIsTheVendorsBookingPageWhenItHasOne() {
        Letter before = as(admin, () -> mailing.preview("p0"));
        assertTrue(before.text().contains("Book time with us: ask for a 1:1 review at ")
                && before.text().contains("/partner/home.xhtml#oneOnOne"), before.text());
        long version = as(admin, () -> programSettings.settings().version());
        assertEquals("Booking page: enter the http or https address of the page where partners book time with you,"
                + " such as https://book.example.com/partners.", assertThrows(RefusedException.class,
                () -> as(admin, () -> programSettings.saveBookingUrl("javascript:alert(1)", version))).getMessage());
        assertThrows(RefusedException.class, () -> as(admin, () -> programSettings.saveBookingUrl("book.example.com",
                version)), "no scheme, no host");
        assertThrows(AccessDeniedException.class, () -> as(two.staff("max", Role.PARTNER_MANAGER),
                () -> programSettings.saveBookingUrl("https://book.example.com/max", version)));
        assertEquals(before.text(), as(admin, () -> mailing.preview("p0")).text(), "refusals changed nothing");

        as(admin, () -> programSettings.saveBookingUrl(" https://book.example.com/partners?from=mail ", version));
        Letter after = as(admin, () -> mailing.preview("p0"));
        assertTrue(after.text().contains("\nBook time with us at https://book.example.com/partners?from=mail\n"),
                after.text());
        assertTrue(after.html().contains("<a href=\"https://book.example.com/partners?from=mail\">Book time with us</a>"),
                after.html());
        assertEquals(List.of(), as(two.otherAdmin(), () -> programSettings.bookingUrl()).stream().toList(),
                "another vendor's setting");
        as(admin, () -> programSettings.saveBookingUrl("", programSettings.settings().version()));
        assertTrue(as(admin, () -> mailing.preview("p0")).text().contains("/partner/home.xhtml#oneOnOne"), "cleared");
    }
}
