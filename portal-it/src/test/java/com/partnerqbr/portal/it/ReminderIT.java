package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.plan.reminder.Reminders;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.review.invitation.InvitationService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.ParallelWork;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder job through the real services, outbox and SMTP server: a QBR 60 hours ahead whose
 * agenda is not sent reminds both sides' people of the agenda and topics, a QBR held an hour ago
 * reminds the vendor's side of its recap; the job run twice in a row and twice at the same moment
 * sends each reminder once, to the right people only. Each carries its one-click unsubscribe link
 * (List-Unsubscribe with List-Unsubscribe-Post, RFC 8058): a POST to it on the real portal opts the
 * person out (a link of another vendor or of nobody answers 404), after which a new reminder skips
 * them while their calendar invitation still arrives.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Mailbox.addTo(ServicesDeployment.of("reminder-it", ReminderIT.class,
                ProgramDataProbe.class, QbrProbe.class), "reminder-it-probe.war");
        ear.getAsType(WebArchive.class, "reminder-it-probe.war").addAsResource(new StringAsset(
                System.getProperty("portal.it.base.url")), "portal-base-url.txt");
        return ear;
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
    private QbrService qbrs;

    @EJB
    private AttendeeService attendees;

    @EJB
    private Reminders reminders;

    @EJB
    private ParallelWork parallel;

    @EJB
    private InvitationService invitations;

    @Test
    void runTwiceInARowAndTwiceAtOnceEachReminderArrivesOnceAtTheRightPeople() throws Exception {
        TwoVendors two = TwoVendors.register(vendors, "remind", "Reminder vendor");
        Caller admin = two.staff("ada", Role.VENDOR_ADMIN);
        Caller manager = two.staff("max", Role.PARTNER_MANAGER);
        Caller alphaAdmin = two.partnerUser("al", "alpha", Role.PARTNER_ADMIN);
        as(admin, () -> clock.change("America/Chicago", 33));
        long alpha = as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        Quarter quarter = ProgramCalendar.currentQuarter();
        as(admin, () -> {
            probe.standing("alpha", quarter, Segment.STRATEGIC);
            return null;
        });
        String max = "max@" + two.vendor() + ".example";
        String al = "al@" + two.vendor() + ".example";
        String vic = "vic@" + two.vendor() + ".example";
        String bea = "bea@" + two.vendor() + ".example";
        // alpha's QBR in 60 hours: past its 72-hour agenda mark, its agenda not sent
        long upcoming = as(manager, () -> qbrs.schedule(alpha, quarter, LocalDateTime.now(ZoneOffset.UTC).plusHours(60)
                .truncatedTo(ChronoUnit.MINUTES))).qbrId();
        as(manager, () -> attendees.add(upcoming, Side.VENDOR, "Max Manager", max, "max", null, true, false));
        as(alphaAdmin, () -> attendees.add(upcoming, Side.PARTNER, "Al Alliance", al, "al", null, true, true));
        // bravo's QBR held an hour ago, no recap yet
        long held = as(manager, () -> probe.pastQbr("bravo", quarter.previous(), LocalDateTime.now(ZoneOffset.UTC)
                .minusHours(2).truncatedTo(ChronoUnit.MINUTES), true));
        as(manager, () -> attendees.add(held, Side.VENDOR, "Vic Vendor", vic, "vic", null, true, false));
        as(manager, () -> attendees.add(held, Side.PARTNER, "Bea Bravo", bea, null, null, true, false));

        Caller job = Caller.system(two.vendor());
        int first = as(job, () -> reminders.run());
        int second = as(job, () -> reminders.run());
        int together = ParallelWork.results(List.of(parallel.run(job, () -> reminders.run()),
                parallel.run(job, () -> reminders.run()))).stream().mapToInt(Integer::intValue).sum();
        assertTrue(first <= 2 && second == 0 && together == 0, "reminders written: " + first + ", then " + second
                + ", then " + together + " (the schedule may have written some first)");

        Mailbox mailbox = Mailbox.inServer();
        for (String person : List.of(max, al)) {
            List<Mailbox.Mail> agenda = mailbox.await(person, m -> m.subject().startsWith("Agenda and topics due: the "
                    + quarter + " QBR of Partner alpha on "), DELIVERY);
            assertEquals(1, agenda.size(), person);
            assertTrue(agenda.get(0).text().contains("Add your topics in the QBR's workspace."), agenda.get(0).text());
        }
        List<Mailbox.Mail> recap = mailbox.await(vic, m -> m.subject().startsWith("Recap due: the " + quarter.previous()
                + " QBR of Partner bravo on "), DELIVERY);
        assertEquals(1, recap.size());
        assertTrue(recap.get(0).text().contains("Review and send it in the QBR's workspace."), recap.get(0).text());

        // RFC 8058: max unsubscribes in one click (a POST to the link, as a mail client sends it)
        Mailbox.Mail maxs = mailbox.matching(max, m -> true).get(0);
        assertEquals("List-Unsubscribe=One-Click", maxs.listUnsubscribePost());
        String link = maxs.listUnsubscribe().replaceAll("^<|>$", "");
        assertTrue(link.startsWith(base() + "/unsubscribe?vendor=" + two.vendor() + "&token="), link);
        assertTrue(maxs.text().contains("No more reminders: " + link), maxs.text());
        HttpResponse<String> wrongVendor = post(link.replace("vendor=" + two.vendor(), "vendor=" + two.other()));
        assertEquals(404, wrongVendor.statusCode());
        assertTrue(wrongVendor.body().contains("This unsubscribe link is not known: nothing was changed."));
        assertEquals(404, post(base() + "/unsubscribe?vendor=" + two.vendor() + "&token=nobody").statusCode());
        HttpResponse<String> done = post(link);
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("Unsubscribed: " + max + " gets no more reminders or digests."), done.body());
        // charlie's QBR held an hour ago: its recap reminder reaches wes, not max; max's invitation still arrives
        as(admin, () -> data.partner("charlie", PartnerType.RESELLER));
        long charlies = as(manager, () -> probe.pastQbr("charlie", quarter.previous(), LocalDateTime.now(ZoneOffset.UTC)
                .minusHours(2).truncatedTo(ChronoUnit.MINUTES), true));
        String wes = "wes@" + two.vendor() + ".example";
        as(manager, () -> attendees.add(charlies, Side.VENDOR, "Max Manager", max, "max", null, true, false));
        as(manager, () -> attendees.add(charlies, Side.VENDOR, "Wes Vendor", wes, "wes", null, false, false));
        as(job, () -> reminders.run());
        as(manager, () -> invitations.invite(upcoming));
        assertEquals(1, mailbox.await(wes, m -> m.subject().startsWith("Recap due: "), DELIVERY).size());
        assertEquals(1, mailbox.await(max, m -> m.subject().startsWith("Invitation: "), DELIVERY).size(),
                "invitations always arrive");

        Thread.sleep(12_000); // a later run of the sender finds nothing more
        assertEquals(2, mailbox.matching(max, m -> true).size(), "max: the agenda reminder and the invitation only");
        assertEquals(2, mailbox.matching(al, m -> true).size(), "al: the agenda reminder and the invitation only");
        assertEquals(1, mailbox.matching(vic, m -> true).size(), "vic: the recap reminder only");
        assertEquals(List.of(), mailbox.matching(bea, m -> true), "the recap reminder is for the vendor's side");
    }

    private static String base() throws Exception {
        try (InputStream in = ReminderIT.class.getClassLoader().getResourceAsStream("portal-base-url.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static HttpResponse<String> post(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return Acting.as(caller, work);
    }
}
