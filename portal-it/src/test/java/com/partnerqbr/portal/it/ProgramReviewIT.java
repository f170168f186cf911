package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.kernel.WeekOfMonth;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.plan.feed.PersonalFeeds;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.ProgramReviewDay;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.tail.AudienceService;
import com.partnerqbr.portal.tail.ProgramReviewFiles;
import com.partnerqbr.portal.tail.ProgramReviewResources;
import com.partnerqbr.portal.tail.ProgramReviewService;
import com.partnerqbr.portal.tail.ProgramReviewService.SessionView;
import com.partnerqbr.portal.tail.RegistrationService;
import com.partnerqbr.portal.tail.RegistrationService.InvitedSession;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly program review (issue 17) in the real server against the real database: a vendor in
 * Chicago holds it on the first Tuesday at 16:00; ten partners won 10,000 to 100,000 in one
 * quarter, p0 to p6 are its tail, p9 its strategic partner. The series plans three sessions at the
 * program's local time, a moved session keeps its time, a cancelled one is not offered, the
 * audience is the tail plus and minus the vendor's choices, partner users register and decline;
 * every rule attacked from another vendor, another partner and roles that may only read.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramReviewIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final String LINK = "https://meet.example.com/program-review";

    @Deployment
    static EnterpriseArchive deployment() {
        return Mailbox.addTo(ServicesDeployment.of("program-review-it", ProgramReviewIT.class, ProgramDataProbe.class,
                TailProbe.class),
                "program-review-it-probe.war");
    }

    @EJB
    private ProgramDataProbe data;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private ProgramSettingsService programSettings;

    @EJB
    private ProgramClock programClock;

    @EJB
    private ProgramReviewService reviews;

    @EJB
    private AudienceService audience;

    @EJB
    private RegistrationService registrations;

    @EJB
    private ProgramReviewResources links;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private PeopleDirectory people;

    @EJB
    private TailProbe tailProbe;

    @EJB
    private PersonalFeeds feeds;

    @EJB
    private ProgramReviewFiles files;

    private TwoVendors two;
    private Caller admin;

    @BeforeEach
    void program() {
        two = TwoVendors.register(vendors, "review", "Review vendor");
        // the invitations come from the caller's address when the program has no admin e-mail
        admin = two.staff("ada", Role.VENDOR_ADMIN, "ada@" + two.vendor() + ".example");
        as(admin, () -> {
            programClock.change("America/Chicago", 33);
            programSettings.saveProgramReviewDay(WeekOfMonth.FIRST, DayOfWeek.TUESDAY,
                    programSettings.settings().version());
            TailProgram.partners(data, 10, i -> 10_000L * (i + 1));
            TailProgram.close(scorecards, segmentation, false, TailProgram.Q2);
        });
    }

    private Caller userOf(String partner) {
        return two.partnerUser("user-" + partner, partner, Role.PARTNER_USER);
    }

    private List<SessionView> plan(String time) {
        as(admin, () -> reviews.saveSeries(LocalTime.parse(time), 30, LINK, "Max Mustermann",
                ProgramReviewService.DEFAULT_AGENDA, reviews.series().version()));
        return as(admin, () -> reviews.sessions());
    }

    @Test
    void theSeriesPlansThreeSessionsOnTheReviewDayAtTheProgramsLocalTime() {
        List<SessionView> sessions = plan("16:00");
        assertEquals(3, sessions.size());
        ProgramReviewDay firstTuesday = new ProgramReviewDay(WeekOfMonth.FIRST, DayOfWeek.TUESDAY);
        YearMonth month = YearMonth.parse(sessions.get(0).month());
        for (SessionView s : sessions) {
            assertEquals(month.toString(), s.month(), "consecutive months");
            ZonedDateTime local = s.startsAt().atZone(CHICAGO);
            assertEquals(firstTuesday.in(month), local.toLocalDate(), s.month());
            assertEquals(LocalTime.of(16, 0), local.toLocalTime(), s.month() + ", also across a change of the clocks");
            assertTrue(s.startsAt().isAfter(Instant.now()));
            assertEquals(List.of("Program updates", "New resources", "Aggregate performance of the tail", "Q&A"),
                    s.agendaItems());
            month = month.plusMonths(1);
        }

        // one session moved on its own keeps its time when the series moves to 17:00
        SessionView second = sessions.get(1);
        Instant moved = second.startsAt().plus(1, ChronoUnit.DAYS);
        as(admin, () -> reviews.move(second.id(), moved, second.version()));
        List<SessionView> after = plan("17:00");
        assertEquals(LocalTime.of(17, 0), after.get(0).startsAt().atZone(CHICAGO).toLocalTime());
        assertEquals(moved, after.get(1).startsAt());
        assertTrue(after.get(1).moved());
        assertEquals(LocalTime.of(17, 0), after.get(2).startsAt().atZone(CHICAGO).toLocalTime());
    }

    @Test
    void badInputAndStaleEditsAreRefusedAndChangeNothing() {
        assertRefused("Length: a program review lasts 15 to 120 minutes; 10 is not.",
                () -> reviews.saveSeries(LocalTime.NOON, 10, LINK, "Max", "Q&A", -1));
        assertRefused("Join link: enter the https address of the webinar, such as https://meet.example.com/program-review.",
                () -> reviews.saveSeries(LocalTime.NOON, 30, "http://meet.example.com/x", "Max", "Q&A", -1));
        assertRefused("Host: this cannot be empty.", () -> reviews.saveSeries(LocalTime.NOON, 30, LINK, " ", "Q&A", -1));
        assertEquals(-1, as(admin, () -> reviews.series().version()), "nothing saved");
        assertEquals(List.of(), as(admin, () -> reviews.sessions()));

        List<SessionView> sessions = plan("16:00");
        assertRefused("Someone changed the program review since you opened it; reload and try again.",
                () -> reviews.saveSeries(LocalTime.NOON, 30, LINK, "Max", "Q&A", -1));
        SessionView first = sessions.get(0);
        assertRefused("A session is moved to a time that is still ahead.",
                () -> reviews.move(first.id(), Instant.now().minusSeconds(60), first.version()));
        assertRefused("Reason: this cannot be empty.", () -> reviews.cancel(first.id(), "", first.version()));
        as(admin, () -> reviews.cancel(first.id(), "Holiday week", first.version()));
        assertRefused("That session is cancelled: Holiday week",
                () -> reviews.move(first.id(), first.startsAt().plusSeconds(3600), first.version() + 1));
        SessionView second = sessions.get(1);
        as(admin, () -> reviews.move(second.id(), second.startsAt().plusSeconds(3600), second.version()));
        assertRefused("Someone changed that session since you opened it; reload and try again.",
                () -> reviews.cancel(second.id(), "Late", second.version()));
    }

    @Test
    void theAudienceIsTheTailPlusAndMinusTheVendorsChoices() {
        List<SessionView> sessions = plan("16:00");
        assertEquals(7, as(admin, () -> audience.audienceSize()), "p0 to p6");
        InvitedSession next = as(userOf("p0"), () -> registrations.ownNext()).orElseThrow();
        assertEquals(sessions.get(0).id(), next.session().id());
        assertNull(next.registered());
        assertTrue(as(userOf("p9"), () -> registrations.ownNext()).isEmpty(), "the strategic partner is not invited");

        as(admin, () -> audience.choose("p9", true));
        as(admin, () -> audience.choose("p0", false));
        assertEquals(7, as(admin, () -> audience.audienceSize()), "p1 to p6 and p9");
        assertTrue(as(userOf("p9"), () -> registrations.ownNext()).isPresent());
        assertTrue(as(userOf("p0"), () -> registrations.ownNext()).isEmpty());
        assertEquals(List.of("p0 false", "p9 true"), as(admin, () -> audience.audienceChoices()).stream()
                .map(c -> c.partnerCode() + " " + c.invited()).toList());

        // a cancelled session is not offered: the next one is
        SessionView first = sessions.get(0);
        as(admin, () -> reviews.cancel(first.id(), "Holiday week", first.version()));
        assertEquals(sessions.get(1).id(), as(userOf("p1"), () -> registrations.ownNext()).orElseThrow().session().id());
    }

    @Test
    void partnerUsersRegisterAndDeclineTheLatestAnswerCounting() {
        SessionView first = plan("16:00").get(0);
        assertEquals(Boolean.TRUE, as(userOf("p1"), () -> registrations.answer(first.id(), true)).registered());
        as(two.partnerUser("pia", "p2", Role.PARTNER_ADMIN), () -> registrations.answer(first.id(), true));
        as(userOf("p1"), () -> registrations.answer(first.id(), false));
        SessionView counted = as(admin, () -> reviews.sessions()).get(0);
        assertEquals(1, counted.registered());
        assertEquals(1, counted.declined());
        assertEquals(Boolean.FALSE, as(userOf("p1"), () -> registrations.ownNext()).orElseThrow().registered());
    }

    @Test
    void everyRuleAttackedFromAnotherVendorAnotherPartnerAndReaders() {
        SessionView first = plan("16:00").get(0);
        Caller otherAdmin = two.otherAdmin();
        assertEquals(List.of(), as(otherAdmin, () -> reviews.sessions()), "another vendor sees none of ours");
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> reviews.move(first.id(),
                first.startsAt().plusSeconds(60), first.version())));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> reviews.cancel(first.id(), "x", first.version())));
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> audience.choose("p1", false)));
        assertThrows(NotFoundException.class, () -> as(two.otherPartnerUser("olga", "p1", Role.PARTNER_USER),
                () -> registrations.answer(first.id(), true)), "another vendor's partner of the same code");
        assertThrows(NotFoundException.class, () -> as(userOf("p9"), () -> registrations.answer(first.id(), true)),
                "a partner that is not invited");
        assertThrows(AccessDeniedException.class, () -> as(userOf("p1"), () -> reviews.saveSeries(LocalTime.NOON, 30,
                LINK, "Max", "Q&A", 0)));
        assertThrows(AccessDeniedException.class, () -> as(userOf("p1"), () -> reviews.sessions()));
        assertThrows(AccessDeniedException.class, () -> as(two.staff("erin", Role.EXECUTIVE),
                () -> reviews.cancel(first.id(), "x", first.version())));
        assertThrows(AccessDeniedException.class, () -> as(admin, () -> registrations.answer(first.id(), true)),
                "vendor staff do not answer for a partner");
        SessionView unchanged = as(admin, () -> reviews.sessions()).get(0);
        assertEquals(first.startsAt(), unchanged.startsAt());
        assertFalse(unchanged.cancelled());
        assertEquals(0, unchanged.registered() + unchanged.declined());
        assertEquals(7, as(admin, () -> audience.audienceSize()));
    }

    @Test
    void theInvitedPartnersPeopleGetTheirOwnInvitationItsMoveAndItsCancellation() throws Exception {
        String pat = "pat@p1." + two.vendor() + ".example";
        String sid = "sid@p9." + two.vendor() + ".example";
        String oli = "oli@p1." + two.other() + ".example";
        as(two.partnerUser("pat", "p1", Role.PARTNER_USER, pat), () -> people.signedIn());
        as(two.partnerUser("sid", "p9", Role.PARTNER_USER, sid), () -> people.signedIn());
        as(two.otherPartnerUser("oli", "p1", Role.PARTNER_USER, oli), () -> people.signedIn());
        List<SessionView> sessions = plan("16:00");
        SessionView first = sessions.get(0);
        SessionView moved = as(admin, () -> reviews.move(first.id(), first.startsAt().atZone(CHICAGO).plusDays(1)
                .toInstant(), first.version()));
        as(admin, () -> reviews.cancel(first.id(), "Holiday week", moved.version()));

        Mailbox mailbox = Mailbox.inServer();
        List<Mailbox.Mail> mails = mailbox.await(pat, m -> true, Duration.ofSeconds(120));
        Instant end = Instant.now().plusSeconds(120);
        while (mails.size() < 5 && Instant.now().isBefore(end)) {
            Thread.sleep(1_000);
            mails = mailbox.matching(pat, m -> true);
        }
        assertEquals(5, mails.size(), "three invitations, the move and the cancellation: " + mails.stream()
                .map(Mailbox.Mail::subject).toList());
        String uid = "program-review-" + first.month() + "." + two.vendor() + "@partner-portal";
        List<String> ofFirst = new ArrayList<>();
        for (Mailbox.Mail mail : mails) {
            Calendar calendar = new CalendarBuilder().build(new StringReader(new String(mail.files().get(0).content(),
                    StandardCharsets.UTF_8)));
            VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
            assertEquals(List.of("mailto:" + pat), event.getProperties(Property.ATTENDEE).stream().map(Property::getValue)
                    .toList(), "each file names its reader only");
            assertEquals("mailto:ada@" + two.vendor() + ".example", event.getProperty(Property.ORGANIZER).orElseThrow()
                    .getValue());
            if (event.getProperty(Property.UID).orElseThrow().getValue().equals(uid)) {
                ofFirst.add(calendar.getProperty(Property.METHOD).orElseThrow().getValue() + " "
                        + event.getProperty(Property.SEQUENCE).orElseThrow().getValue() + " "
                        + event.getProperty(Property.DTSTART).orElseThrow().getValue());
            }
        }
        String day = DateTimeFormatter.ofPattern("uuuuMMdd").format(first.startsAt().atZone(CHICAGO));
        String nextDay = DateTimeFormatter.ofPattern("uuuuMMdd").format(first.startsAt().atZone(CHICAGO).plusDays(1));
        assertEquals(List.of("REQUEST 0 " + day + "T160000", "REQUEST 1 " + nextDay + "T160000",
                "CANCEL 2 " + nextDay + "T160000"), ofFirst.stream().sorted((a, b) -> a.split(" ")[1]
                .compareTo(b.split(" ")[1])).toList());
        assertEquals(List.of(), mailbox.matching(sid, m -> true), "a partner that is not invited");
        assertEquals(List.of(), mailbox.matching(oli, m -> true), "another vendor's partner of the same code");
    }

    @Test
    void linksOfASessionAndThePastSessionsReachTheInvitedPartnersOnly() {
        List<SessionView> sessions = plan("16:00");
        SessionView first = sessions.get(0);
        SessionView second = sessions.get(1);
        assertRefused("Link: enter the https address of the slides, document or recording, such as"
                + " https://meet.example.com/program-review.", () -> links.add(first.id(), "Slides",
                "ftp://files.example.com/slides.pdf", false));
        assertRefused("Title: this cannot be empty.", () -> links.add(first.id(), " ",
                "https://files.example.com/slides.pdf", false));
        assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> links.add(first.id(), "Slides",
                "https://files.example.com/x.pdf", false)));
        assertThrows(AccessDeniedException.class, () -> as(userOf("p1"), () -> links.add(first.id(), "Slides",
                "https://files.example.com/x.pdf", false)));
        as(admin, () -> links.add(second.id(), "Agenda slides", "https://files.example.com/feb.pdf", false));
        as(admin, () -> links.add(first.id(), "Program update slides", "https://files.example.com/jan.pdf",
                false));
        as(admin, () -> links.add(first.id(), "Recording", "https://video.example.com/jan", true));
        assertEquals(List.of("Program update slides"), as(userOf("p1"), () -> registrations.ownNext()).orElseThrow().session()
                .resources().stream().filter(r -> !r.recording()).map(r -> r.title()).toList());

        as(admin, () -> tailProbe.heldYesterday(first.id()));
        List<SessionView> past = as(userOf("p1"), () -> registrations.ownPast());
        assertEquals(List.of(first.id()), past.stream().map(SessionView::id).toList());
        assertEquals(List.of("Recording https://video.example.com/jan", "Program update slides"
                + " https://files.example.com/jan.pdf"), past.get(0).resources().stream()
                .map(r -> r.title() + " " + r.url()).toList(), "the recording first");
        assertEquals(second.id(), as(userOf("p1"), () -> registrations.ownNext()).orElseThrow().session().id());
        assertEquals(List.of(), as(userOf("p9"), () -> registrations.ownPast()), "a partner that is not invited");
        assertThrows(NotFoundException.class, () -> as(two.otherPartnerUser("olga", "p1", Role.PARTNER_USER),
                () -> registrations.ownPast()), "another vendor, which has no partner p1");
    }

    @Test
    void theInvitedPartnersPeoplesCalendarFeedsHoldTheSessionsNotCancelled() throws Exception {
        Caller pat = two.partnerUser("pat", "p1", Role.PARTNER_USER, "pat@p1.example");
        Caller sid = two.partnerUser("sid", "p9", Role.PARTNER_USER, "sid@p9.example");
        Caller oli = two.otherPartnerUser("oli", "p1", Role.PARTNER_USER, "oli@p1.example");
        for (Caller person : List.of(pat, sid, oli, admin)) {
            as(person, () -> people.signedIn());
        }
        as(two.otherAdmin(), () -> data.partner("p1", PartnerType.RESELLER));
        List<SessionView> sessions = plan("16:00");
        SessionView third = sessions.get(2);
        as(admin, () -> reviews.cancel(third.id(), "Holiday week", third.version()));

        Map<String, VEvent> pats = feed(pat, admin);
        String vendor = two.vendor();
        assertEquals(List.of(sessions.get(0).month(), sessions.get(1).month()).stream()
                .map(m -> "program-review-" + m + "." + vendor + "@partner-portal").toList(),
                pats.keySet().stream().filter(uid -> uid.startsWith("program-review-")).sorted().toList(),
                "the sessions ahead under their invitations' UIDs, not the cancelled one");
        VEvent first = pats.get("program-review-" + sessions.get(0).month() + "." + vendor + "@partner-portal");
        assertTrue(first.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .startsWith("Program review of Review vendor"), first.toString());
        assertTrue(first.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("Join: " + LINK),
                first.toString());
        assertEquals(List.of(), feed(sid, admin).keySet().stream().filter(uid -> uid.startsWith("program-review-"))
                .toList(), "a partner that is not invited");
        assertEquals(List.of(), feed(admin, admin).keySet().stream().filter(uid -> uid.startsWith("program-review-"))
                .toList(), "vendor staff: not their partner's invitation");
        assertEquals(List.of(), feed(oli, two.otherAdmin()).keySet().stream()
                .filter(uid -> uid.startsWith("program-review-")).toList(), "another vendor's partner of the same code");
    }

    @Test
    void filesOfASessionAreCheckedStoredAndServedToTheVendorAndTheInvitedPartnersOnly() {
        SessionView first = plan("16:00").get(0);
        byte[] pdf = "%PDF-1.4\n% the program update\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertRefused("File: slides.pdf is not a PDF, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG or JPEG"
                + " file.", () -> files.add(first.id(), "Slides", "slides.pdf", "MZ\u0090 not a pdf".getBytes(
                StandardCharsets.ISO_8859_1)));
        assertRefused("File: chart.pdf is not a PDF, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG or JPEG"
                + " file.", () -> files.add(first.id(), "Chart", "chart.pdf", png));
        assertRefused("File: run.exe is not a PDF, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG or JPEG"
                + " file.", () -> files.add(first.id(), "Tool", "run.exe", pdf));
        assertRefused("File: empty.pdf is empty.", () -> files.add(first.id(), "Empty", "empty.pdf", new byte[0]));
        byte[] large = java.util.Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        assertRefused("File: large.pdf is larger than 10 MB.", () -> files.add(first.id(), "Large", "large.pdf", large));
        assertRefused("Title: this cannot be empty.", () -> files.add(first.id(), " ", "slides.pdf", pdf));
        assertThrows(AccessDeniedException.class, () -> as(userOf("p1"), () -> files.add(first.id(), "Slides",
                "slides.pdf", pdf)));
        assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> files.add(first.id(), "Slides",
                "slides.pdf", pdf)));
        assertEquals(List.of(), as(userOf("p1"), () -> registrations.ownNext()).orElseThrow().session().resources(),
                "refusals stored nothing");

        String url = as(admin, () -> files.add(first.id(), "Program update", "C:\\decks\\update.pdf", pdf)).url();
        as(admin, () -> files.add(first.id(), "Tail chart", "chart.png", png));
        assertEquals(List.of("Program update (update.pdf, 1 KB)", "Tail chart (chart.png, 1 KB)"),
                as(userOf("p1"), () -> registrations.ownNext()).orElseThrow().session().resources().stream()
                        .map(r -> r.title()).toList());
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertTrue(url.endsWith("/program-review-file/" + id), url);
        ProgramReviewFiles.Download read = as(userOf("p1"), () -> files.download(id));
        assertEquals("update.pdf application/pdf", read.fileName() + " " + read.contentType());
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), new String(read.content(), StandardCharsets.US_ASCII));
        assertEquals(pdf.length, as(two.staff("eve", Role.EXECUTIVE), () -> files.download(id)).content().length);

        assertThrows(NotFoundException.class, () -> as(userOf("p9"), () -> files.download(id)), "not invited");
        assertThrows(NotFoundException.class, () -> as(two.otherAdmin(), () -> files.download(id)), "another vendor");
        as(two.otherAdmin(), () -> data.partner("p1", PartnerType.RESELLER));
        assertThrows(NotFoundException.class, () -> as(two.otherPartnerUser("oli", "p1", Role.PARTNER_USER),
                () -> files.download(id)), "another vendor's partner of the same code");
    }

    @Test
    void theVendorRemovesALinkOrAFileAndNoOneElseCan() {
        SessionView first = plan("16:00").get(0);
        byte[] pdf = "%PDF-1.4\n% the program update\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long link = as(admin, () -> links.add(first.id(), "Slides", "https://files.example.com/jan.pdf", false)).id();
        long file = as(admin, () -> files.add(first.id(), "Program update", "update.pdf", pdf)).id();
        List<String> both = List.of("Slides", "Program update (update.pdf, 1 KB)");
        assertEquals(both, resourcesOfP1());

        Caller otherAdmin = two.otherAdmin();
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> links.remove(link)), "another vendor's link");
        assertThrows(NotFoundException.class, () -> as(otherAdmin, () -> files.remove(file)), "another vendor's file");
        Caller othersPartner = two.otherPartnerUser("olga", "p1", Role.PARTNER_USER);
        for (Caller reader : List.of(userOf("p1"), two.partnerUser("pia", "p1", Role.PARTNER_ADMIN), othersPartner,
                two.staff("erin", Role.EXECUTIVE))) {
            assertThrows(AccessDeniedException.class, () -> as(reader, () -> links.remove(link)), reader.name());
            assertThrows(AccessDeniedException.class, () -> as(reader, () -> files.remove(file)), reader.name());
        }
        assertEquals(both, resourcesOfP1(), "nothing removed");
        assertEquals(pdf.length, as(userOf("p1"), () -> files.download(file)).content().length);

        assertEquals("Slides", as(two.staff("max", Role.PARTNER_MANAGER), () -> links.remove(link)).title());
        assertEquals(List.of("Program update (update.pdf, 1 KB)"), resourcesOfP1());
        assertEquals("Program update", as(admin, () -> files.remove(file)).title());
        assertEquals(List.of(), resourcesOfP1());
        assertEquals(List.of(), as(admin, () -> reviews.sessions()).get(0).resources(), "gone for the vendor too");
        assertThrows(NotFoundException.class, () -> as(userOf("p1"), () -> files.download(file)), "no longer served");
        assertThrows(NotFoundException.class, () -> as(admin, () -> files.download(file)));
        assertThrows(NotFoundException.class, () -> as(admin, () -> links.remove(link)), "removed already");
        assertThrows(NotFoundException.class, () -> as(admin, () -> files.remove(file)), "removed already");
    }

    /** The titles of the resources of the next session as p1's user reads them. */
    private List<String> resourcesOfP1() {
        return as(userOf("p1"), () -> registrations.ownNext()).orElseThrow().session().resources().stream()
                .map(r -> r.title()).toList();
    }

    /** The person's calendar feed, read as the feed's address is read: in the vendor of {@code reader}. */
    private Map<String, VEvent> feed(Caller person, Caller reader) throws Exception {
        String address = as(person, () -> feeds.renew());
        String secret = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
        String ics = as(reader, () -> feeds.ics(secret)).orElseThrow();
        Map<String, VEvent> events = new HashMap<>();
        for (VEvent e : new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT")) {
            events.put(e.getProperty(Property.UID).orElseThrow().getValue(), e);
        }
        return events;
    }

    private void assertRefused(String message, Runnable change) {
        assertEquals(message, assertThrows(RefusedException.class, () -> as(admin, change)).getMessage());
    }
}
