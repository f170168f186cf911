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
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.ParallelWork;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder job through the real services, outbox and SMTP server: a QBR 60 hours ahead whose
 * agenda is not sent reminds both sides' people of the agenda and topics, a QBR held an hour ago
 * reminds the vendor's side of its recap; the job run twice in a row and twice at the same moment
 * sends each reminder once, to the right people only.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Deployment
    static EnterpriseArchive deployment() {
        return Mailbox.addTo(ServicesDeployment.of("reminder-it", ReminderIT.class, ProgramDataProbe.class,
                QbrProbe.class), "reminder-it-probe.war");
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

        Thread.sleep(12_000); // a later run of the sender finds nothing more
        assertEquals(1, mailbox.matching(max, m -> true).size(), "max: the agenda reminder only");
        assertEquals(1, mailbox.matching(al, m -> true).size(), "al: the agenda reminder only");
        assertEquals(1, mailbox.matching(vic, m -> true).size(), "vic: the recap reminder only");
        assertEquals(List.of(), mailbox.matching(bea, m -> true), "the recap reminder is for the vendor's side");
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return Acting.as(caller, work);
    }
}
