package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tail.AttendanceService;
import com.partnerqbr.portal.tail.AttendanceService.PartnerAttendance;
import com.partnerqbr.portal.tail.AttendanceService.SessionAttendance;
import com.partnerqbr.portal.tail.ProgramReviewService;
import com.partnerqbr.portal.tail.ProgramReviewService.SessionView;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Program review attendance (issue 17) in the real server against the real database: ten partners,
 * p0 to p6 the tail (invited), p9 strategic; the first session is held (moved into the past by the
 * probe). The vendor marks p0 attended and imports a file naming p1's person; the next refresh adds
 * 10 points per session attended to their engagement score, and no one else's. A bad file records
 * nothing, and so does a file without a header line (a webinar tool's summary above the header line is
 * passed over); another vendor, partner users and a session not held yet are refused. A partner's
 * users read their own partner's attendance, no other partner's.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramReviewAttendanceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("attendance-it", ProgramReviewAttendanceIT.class, ProgramDataProbe.class,
                TailProbe.class);
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private ProgramReviewService reviews;

    @EJB
    private AttendanceService attendance;

    @EJB
    private PeopleDirectory people;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private TailProbe tailProbe;

    private TwoVendors two;
    private Caller admin;
    private SessionView held;
    private SessionView ahead;

    @BeforeEach
    void program() {
        two = TwoVendors.register(vendors, "attend", "Attendance vendor");
        admin = two.staff("ada", Role.VENDOR_ADMIN, "ada@" + two.vendor() + ".example");
        as(admin, () -> {
            TailProgram.partners(data, 10, i -> 10_000L * (i + 1));
            TailProgram.close(scorecards, segmentation, false, TailProgram.Q2);
            reviews.saveSeries(LocalTime.of(16, 0), 30, "https://meet.example.com/program-review", "Ada",
                    ProgramReviewService.DEFAULT_AGENDA, -1);
        });
        List<SessionView> sessions = as(admin, () -> reviews.sessions());
        held = sessions.get(0);
        ahead = sessions.get(1);
        as(admin, () -> tailProbe.heldYesterday(held.id()));
        as(admin, () -> people.signedIn());
        as(two.partnerUser("pat", "p1", Role.PARTNER_USER, "Pat@p1.example"), () -> people.signedIn());
        as(two.partnerUser("sid", "p9", Role.PARTNER_USER, "sid@p9.example"), () -> people.signedIn());
    }

    /** The quarter the session was held in (the probe moves it to a day ago, UTC). */
    private static Quarter heldIn() {
        return Quarter.of(LocalDate.now(ZoneOffset.UTC).minusDays(1));
    }

    private BigDecimal engagement(String partner) {
        return as(admin, () -> {
            scorecards.refresh(heldIn());
            return data.figures(heldIn(), Metric.ENGAGEMENT_SCORE).get(partner);
        });
    }

    private static String attendedOf(SessionAttendance session, String partner) {
        Boolean attended = session.partners().stream().filter(p -> p.partnerCode().equals(partner)).findFirst()
                .orElseThrow(() -> new AssertionError(partner + " is not listed")).attended();
        return attended == null ? "not recorded" : attended ? "attended" : "absent";
    }

    @Test
    void attendanceRecordedOrImportedAddsTenEngagementPointsAtTheNextRefresh() {
        BigDecimal p0Before = engagement("p0");
        BigDecimal p1Before = engagement("p1");
        BigDecimal p2Before = engagement("p2");
        SessionAttendance listed = as(admin, () -> attendance.attendance(held.id()));
        assertEquals(List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6"), listed.partners().stream()
                .map(PartnerAttendance::partnerCode).toList(), "the invited partners: the tail");

        as(admin, () -> attendance.record(held.id(), "p0", true));
        as(admin, () -> attendance.record(held.id(), "p2", false));
        SessionAttendance imported = as(admin, () -> attendance.importCsv(held.id(),
                "\ufeffName,Email,Join time\nPat,pat@P1.example,16:02\nAda,ada@" + two.vendor() + ".example,15:58\n"));
        assertEquals("attended", attendedOf(imported, "p1"), "found by the address, any case");
        assertEquals("attended", attendedOf(imported, "p0"));
        assertEquals("absent", attendedOf(imported, "p2"));
        assertEquals("not recorded", attendedOf(imported, "p3"));
        assertEquals(2, imported.attended());

        assertEquals(0, p0Before.add(BigDecimal.TEN).compareTo(engagement("p0")), "p0: " + p0Before + " + 10");
        assertEquals(0, p1Before.add(BigDecimal.TEN).compareTo(engagement("p1")), "p1: " + p1Before + " + 10");
        assertEquals(0, p2Before.compareTo(engagement("p2")), "did not attend");
    }

    @Test
    void aFileWithABadLineRecordsNothing() {
        RefusedException refused = assertThrows(RefusedException.class, () -> as(admin, () -> attendance.importCsv(
                held.id(), "Partner code\np2\nnobody\np9\n\n")));
        assertEquals("Nothing was recorded: Line 3: partner nobody was not invited to the program review of "
                + held.month() + ". Line 4: partner p9 was not invited to the program review of " + held.month() + ".",
                refused.getMessage());
        assertEquals("Nothing was recorded: Line 2: no one in the people directory has the address x@nowhere.example.",
                assertThrows(RefusedException.class, () -> as(admin, () -> attendance.importCsv(held.id(),
                        "Email\nx@nowhere.example\npat@p1.example\n"))).getMessage());
        assertEquals("Attendance file: no line names a column \"Email\" or \"Partner code\"; the first line names"
                + " [Name, Joined].", assertThrows(RefusedException.class, () -> as(admin,
                () -> attendance.importCsv(held.id(), "Name,Joined\nPat,16:02\n"))).getMessage());
        assertEquals("Attendance file: no line names a column \"Email\" or \"Partner code\"; the first line names"
                + " [Attendee report].", assertThrows(RefusedException.class, () -> as(admin,
                () -> attendance.importCsv(held.id(), "Attendee report\nTopic,Program review\n\nName,Joined\nPat,16:02\n")))
                .getMessage(), "a summary and no header line");
        assertEquals("Nothing was recorded: Line 5: partner p9 was not invited to the program review of " + held.month()
                + ".", assertThrows(RefusedException.class, () -> as(admin, () -> attendance.importCsv(held.id(),
                "Attendee report\nTopic,Program review\n\nPartner code\np9\n"))).getMessage(),
                "the lines counted from the top of the file");
        SessionAttendance after = as(admin, () -> attendance.attendance(held.id()));
        assertEquals(0, after.attended());
        assertEquals("not recorded", attendedOf(after, "p2"));
        assertEquals("not recorded", attendedOf(after, "p1"));
    }

    @Test
    void aWebinarToolsSummaryAboveTheHeaderLineIsPassedOver() {
        SessionAttendance imported = as(admin, () -> attendance.importCsv(held.id(), "\ufeffAttendee Report\n"
                + "Meeting ID,Topic,Actual Start Time,Attendees\n812 3456 7890,Program review,\"Dec 5, 2026 16:00\",2\n\n"
                + "Attendee Details\nAttended,User Name,Email,Join Time\nYes,Pat,pat@p1.example,16:02\n"
                + "Yes,Ada,ada@" + two.vendor() + ".example,15:58\n"));
        assertEquals("attended", attendedOf(imported, "p1"));
        assertEquals(1, imported.attended(), "the summary's lines name no one");
        assertEquals("not recorded", attendedOf(imported, "p0"));
    }

    @Test
    void aPartnersUsersReadTheirOwnPartnersAttendanceAndNoOthers() {
        as(admin, () -> attendance.record(held.id(), "p0", true));
        as(admin, () -> attendance.record(held.id(), "p2", false));
        assertEquals(Map.of(held.id(), true), as(two.partnerUser("paula", "p0", Role.PARTNER_ADMIN),
                () -> attendance.ownAttendance()));
        assertEquals(Map.of(held.id(), false), as(two.partnerUser("pia", "p2", Role.PARTNER_USER),
                () -> attendance.ownAttendance()));
        assertEquals(Map.of(), as(two.partnerUser("pat", "p1", Role.PARTNER_USER), () -> attendance.ownAttendance()),
                "p1's attendance is not recorded; p0's and p2's are not p1's to read");
        assertThrows(NotFoundException.class, () -> as(two.otherPartnerUser("olga", "p0", Role.PARTNER_USER),
                () -> attendance.ownAttendance()), "another vendor, which has no partner p0");
        assertThrows(AccessDeniedException.class, () -> as(admin, () -> attendance.ownAttendance()),
                "vendor staff have no own partner");
    }

    @Test
    void anotherVendorPartnerUsersAndASessionAheadAreRefused() {
        assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> attendance.record(held.id(), "p0", true)));
        assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> attendance.attendance(held.id())));
        assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> attendance.importCsv(held.id(),
                "Partner code\np0\n")));
        Caller p0Admin = two.partnerUser("paula", "p0", Role.PARTNER_ADMIN);
        assertThrows(AccessDeniedException.class, () -> as(p0Admin, () -> attendance.record(held.id(), "p0", true)));
        assertThrows(AccessDeniedException.class, () -> as(p0Admin, () -> attendance.attendance(held.id())));
        Caller p1User = two.partnerUser("pat", "p1", Role.PARTNER_USER);
        assertThrows(AccessDeniedException.class, () -> as(p1User, () -> attendance.importCsv(held.id(),
                "Partner code\np1\n")));
        assertThrows(AccessDeniedException.class, () -> as(two.staff("eve", Role.EXECUTIVE),
                () -> attendance.record(held.id(), "p0", true)), "executives read only");
        SessionAttendance notYet = as(admin, () -> attendance.attendance(ahead.id()));
        assertEquals(List.of(false, 7), List.of(notYet.held(), notYet.partners().size()), "listed, not yet held");
        assertEquals("Attendance is recorded once the session has been held.", assertThrows(RefusedException.class,
                () -> as(admin, () -> attendance.record(ahead.id(), "p0", true))).getMessage());
        assertEquals("Partner p9 was not invited to the program review of " + held.month() + ".",
                assertThrows(RefusedException.class, () -> as(admin, () -> attendance.record(held.id(), "p9", true)))
                        .getMessage());
        assertEquals(0, as(admin, () -> attendance.attendance(held.id())).attended(), "nothing was recorded");
    }
}
