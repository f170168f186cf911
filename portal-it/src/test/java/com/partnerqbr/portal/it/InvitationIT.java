package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.review.invitation.InvitationService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import com.partnerqbr.portal.calendar.NoZoneRegistry;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar invitations through the real services, outbox and SMTP server, the received .ics files
 * parsed with iCal4j: invited once (inviting again sends nothing twice), moved across a change of
 * the clocks and moved again (the same UID, SEQUENCE 1 and 2, 15:00 on the program's clock both
 * times, a move to the same time sends nothing), cancelled (METHOD:CANCEL, SEQUENCE 3); another
 * vendor, another partner and the partner's admin cannot send one.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Deployment
    static EnterpriseArchive deployment() {
        return Mailbox.addTo(ServicesDeployment.of("invitation-it", InvitationIT.class, ProgramDataProbe.class,
                QbrProbe.class), "invitation-it-probe.war");
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
    private InvitationService invitations;

    /** Chicago's next change of the clocks at least three days ahead. */
    private static LocalDate nextClockChange() {
        Instant from = Instant.now().plus(Duration.ofDays(3));
        return CHICAGO.getRules().nextTransition(from).getInstant().atZone(CHICAGO).toLocalDate();
    }

    /** 15:00 on the program's clock that day, in UTC as QBRs are scheduled. */
    private static LocalDateTime threePm(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(15, 0), CHICAGO).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    @Test
    void invitedMovedAcrossTheClockChangeMovedAgainAndCancelledEachPersonGetsEachChangeOnce() throws Exception {
        TwoVendors two = TwoVendors.register(vendors, "invite", "Invitation vendor");
        Caller admin = two.staff("ada", Role.VENDOR_ADMIN);
        Caller manager = two.staff("max", Role.PARTNER_MANAGER);
        Caller alphaAdmin = two.partnerUser("al", "alpha", Role.PARTNER_ADMIN);
        Caller bravoAdmin = two.partnerUser("bo", "bravo", Role.PARTNER_ADMIN);
        as(admin, () -> clock.change("America/Chicago", 33));
        long alpha = as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        as(two.otherAdmin(), () -> data.partner("alpha", PartnerType.RESELLER));
        Quarter quarter = ProgramCalendar.currentQuarter();
        as(admin, () -> {
            probe.standing("alpha", quarter, Segment.STRATEGIC);
            return null;
        });
        LocalDate change = nextClockChange();
        LocalDate before = change.minusDays(2);
        LocalDate after = change.plusDays(2);
        QbrView qbr = as(manager, () -> qbrs.schedule(alpha, quarter, threePm(before)));
        long q = qbr.qbrId();
        String max = "max@" + two.vendor() + ".example";
        String al = "al@" + two.vendor() + ".example";
        as(manager, () -> attendees.add(q, Side.VENDOR, "Max Manager", max, "max", null, true, false));
        as(alphaAdmin, () -> attendees.add(q, Side.PARTNER, "Al Alliance", al, "al", null, true, true));

        // the attacks first: nothing may be sent by them
        for (Caller outsider : List.of(two.otherAdmin(), bravoAdmin)) {
            assertThrows(NotFoundException.class, () -> as(outsider, () -> invitations.invite(q)), outsider.name());
            assertThrows(NotFoundException.class, () -> as(outsider, () -> invitations.view(q)), outsider.name());
        }
        assertThrows(AccessDeniedException.class, () -> as(alphaAdmin, () -> invitations.invite(q)));
        assertEquals(false, as(manager, () -> invitations.view(q)).sent());

        assertEquals(2, as(manager, () -> invitations.invite(q)));
        assertEquals("Everyone with an address has the current invitation.", assertThrows(RefusedException.class,
                () -> as(manager, () -> invitations.invite(q))).getMessage());
        QbrView moved = as(manager, () -> qbrs.reschedule(q, threePm(after), qbr.version()));
        QbrView same = as(manager, () -> qbrs.reschedule(q, threePm(after), moved.version()));
        QbrView again = as(manager, () -> qbrs.reschedule(q, threePm(after.plusDays(1)), same.version()));
        as(admin, () -> qbrs.cancel(q, again.version()));
        assertEquals(3, as(admin, () -> invitations.view(q)).sequence());

        Mailbox mailbox = mailbox();
        for (String person : List.of(max, al)) {
            List<Calendar> received = await(mailbox, person, 4);
            assertEquals(4, received.size(), person + ": the invitation, two moves and the cancellation");
            List<String> uids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Calendar calendar = received.get(i);
                VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
                assertEquals(String.valueOf(i), value(event, Property.SEQUENCE), person + " #" + i);
                assertEquals(i == 3 ? "CANCEL" : "REQUEST", calendar.getProperty(Property.METHOD).orElseThrow()
                        .getValue());
                assertEquals("America/Chicago", calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow()
                        .getProperty(Property.TZID).orElseThrow().getValue());
                assertEquals("mailto:" + max, value(event, Property.ORGANIZER));
                assertEquals(List.of("mailto:" + max, "mailto:" + al), event.getProperties(Property.ATTENDEE).stream()
                        .map(Property::getValue).toList());
                uids.add(value(event, Property.UID));
            }
            assertEquals(1, uids.stream().distinct().count(), "one UID: " + uids);
            assertEquals(ZonedDateTime.of(before, LocalTime.of(15, 0), CHICAGO), start(received.get(0)));
            ZonedDateTime movedStart = start(received.get(1));
            assertEquals(ZonedDateTime.of(after, LocalTime.of(15, 0), CHICAGO), movedStart, "15:00 after the change too");
            assertEquals(threePm(after).toInstant(ZoneOffset.UTC), movedStart.toInstant(), "the instant the QBR moved to");
            assertNotEquals(start(received.get(0)).toInstant().atZone(ZoneOffset.UTC).getHour(),
                    movedStart.toInstant().atZone(ZoneOffset.UTC).getHour(), "the hour in UTC moved with the clocks");
            assertEquals(ZonedDateTime.of(after.plusDays(1), LocalTime.of(15, 0), CHICAGO), start(received.get(2)));
            assertEquals("CANCELLED", value(received.get(3).<VEvent>getComponent("VEVENT").orElseThrow(),
                    Property.STATUS));
            // alpha is strategic: each mail also carries its monthly check-ins, one repeating event that moves and
            // is cancelled with the QBR, 15:00 on the program's clock a month after it
            List<String> checkIns = new ArrayList<>();
            for (Mailbox.Mail mail : mailbox.matching(person, m -> !m.files().isEmpty())) {
                assertEquals(2, mail.files().size(), person);
                Calendar calendar = new CalendarBuilder(new NoZoneRegistry()).build(new StringReader(new String(
                        mail.files().get(1).content(), StandardCharsets.UTF_8)));
                VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
                checkIns.add(value(event, Property.SEQUENCE) + " " + calendar.getProperty(Property.METHOD).orElseThrow()
                        .getValue() + " " + value(event, Property.UID) + " " + value(event, Property.RRULE) + " "
                        + value(event, Property.DTSTART));
            }
            checkIns.sort(null);
            String uid = "check-ins-" + q + "." + two.vendor() + "@partner-portal";
            java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'150000");
            assertEquals(List.of("0 REQUEST " + uid + " FREQ=MONTHLY;COUNT=2 " + before.plusMonths(1).format(local),
                    "1 REQUEST " + uid + " FREQ=MONTHLY;COUNT=2 " + after.plusMonths(1).format(local),
                    "2 REQUEST " + uid + " FREQ=MONTHLY;COUNT=2 " + after.plusDays(1).plusMonths(1).format(local),
                    "3 CANCEL " + uid + " FREQ=MONTHLY;COUNT=2 " + after.plusDays(1).plusMonths(1).format(local)),
                    checkIns, person);
        }
        Thread.sleep(12_000); // a later run of the sender finds nothing more to send
        for (String person : List.of(max, al)) {
            assertEquals(4, await(mailbox, person, 4).size(), person + ": no duplicate");
        }
    }

    /** The invitations the address received (oldest first), once there are {@code count} or the time is up. */
    private static List<Calendar> await(Mailbox mailbox, String address, int count) throws Exception {
        Instant end = Instant.now().plus(DELIVERY);
        List<Mailbox.Mail> mails = mailbox.matching(address, m -> !m.files().isEmpty());
        while (mails.size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(1_000);
            mails = mailbox.matching(address, m -> !m.files().isEmpty());
        }
        List<Calendar> calendars = new ArrayList<>();
        for (Mailbox.Mail mail : mails) {
            Mailbox.File file = mail.files().get(0);
            assertTrue(file.contentType().startsWith("text/calendar; method="), file.contentType());
            calendars.add(new CalendarBuilder(new NoZoneRegistry()).build(new StringReader(new String(file.content(),
                    StandardCharsets.UTF_8))));
        }
        calendars.sort(java.util.Comparator.comparingInt(c -> Integer.parseInt(value(
                c.<VEvent>getComponent("VEVENT").orElseThrow(), Property.SEQUENCE))));
        return calendars;
    }

    /**
     * The start as the file says it: its local time with its TZID, resolved with java.time's rules
     * (iCal4j 4.2.5's own rules, rebuilt from the VTIMEZONE, are wrong before Chicago's spring forward).
     */
    private static ZonedDateTime start(Calendar calendar) {
        Property start = calendar.<VEvent>getComponent("VEVENT").orElseThrow().getProperty(Property.DTSTART)
                .orElseThrow();
        return LocalDateTime.parse(start.getValue(), DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss"))
                .atZone(ZoneId.of(start.getParameter(Parameter.TZID).orElseThrow().getValue()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Mailbox mailbox() throws Exception {
        return Mailbox.inServer();
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return Acting.as(caller, work);
    }
}
