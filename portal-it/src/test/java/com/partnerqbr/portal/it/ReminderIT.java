package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.plan.BetContent;
import com.partnerqbr.portal.plan.JointPlanService;
import com.partnerqbr.portal.plan.PlanItemService;
import com.partnerqbr.portal.plan.PlanView;
import com.partnerqbr.portal.plan.PlanView.CommitmentLine;
import com.partnerqbr.portal.plan.commitment.Cadence;
import com.partnerqbr.portal.plan.commitment.CommitmentContent;
import com.partnerqbr.portal.plan.recap.RecapService;
import com.partnerqbr.portal.plan.feed.PersonalFeeds;
import com.partnerqbr.portal.plan.reminder.ReminderChoices;
import com.partnerqbr.portal.plan.reminder.ReminderKind;
import com.partnerqbr.portal.review.preread.PreReadService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService;
import com.partnerqbr.portal.scorecard.dispute.DisputeService;
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
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import com.partnerqbr.portal.calendar.NoZoneRegistry;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
 * them while their calendar invitation still arrives. The other tests: the commitments' reminders
 * and flags, the pre-read's 48- and 24-hour reminders, definitions and disputes, each once also
 * after a simulated restart; each person's choices; the people directory's addresses; the personal
 * calendar feed.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Mailbox.addTo(ServicesDeployment.of("reminder-it", ReminderIT.class,
                ProgramDataProbe.class, QbrProbe.class, ReminderProbe.class, MailProbe.class), "reminder-it-probe.war");
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

    @EJB
    private ReminderProbe reminderProbe;

    @EJB
    private MailProbe mailProbe;

    @EJB
    private PeopleDirectory people;

    @EJB
    private JointPlanService plans;

    @EJB
    private PlanItemService items;

    @EJB
    private PreReadService preReads;

    @EJB
    private RecapService recaps;

    @EJB
    private ScorecardService scorecards;

    @EJB
    private DisputeService disputes;

    @EJB
    private MetricDefinitionService definitions;

    @EJB
    private ReminderChoices choices;

    @EJB
    private PersonalFeeds feeds;

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

    /**
     * The commitments of two plans in force of alpha: last quarter's, all past their due date (max's by
     * his user name only, sam's likewise, priya's by address), and this quarter's, where max's check-in
     * every two weeks is due (his last one 12 days ago) and sam's was missed (20 days ago). Max and sam
     * are reached at the people directory's address of their sign-in; the other vendor's max, with
     * another address, never.
     */
    @Test
    void commitmentsRemindTheirOwnersAtTheirCadenceFlagBothSidesOnceAndTheDigestListsTheOverdue() throws Exception {
        TwoVendors two = TwoVendors.register(vendors, "commit", "Commitment vendor");
        Caller admin = two.staff("ada", Role.VENDOR_ADMIN);
        Caller manager = two.staff("max", Role.PARTNER_MANAGER);
        Caller alphaAdmin = two.partnerUser("al", "alpha", Role.PARTNER_ADMIN);
        String max = "max@" + two.vendor() + ".example";
        String sam = "sam@" + two.vendor() + ".example";
        String priya = "priya@" + two.vendor() + ".example";
        String otherMax = "max@" + two.other() + ".example";
        as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        signIn(new Caller("max", two.vendor(), null, Set.of(Role.PARTNER_MANAGER), max));
        signIn(new Caller("sam", two.vendor(), "alpha", Set.of(Role.PARTNER_USER), sam));
        as(two.otherAdmin(), () -> data.partner("alpha", PartnerType.RESELLER));
        signIn(new Caller("max", two.other(), null, Set.of(Role.PARTNER_MANAGER), otherMax));
        Quarter cur = ProgramCalendar.currentQuarter();
        Quarter prev = cur.previous();
        long qbrOfPrevPrev = as(admin, () -> probe.pastQbr("alpha", prev.previous(), prev.firstDay().plusDays(6)
                .atTime(14, 0), true));
        long qbrOfPrev = as(admin, () -> probe.pastQbr("alpha", prev, cur.firstDay().atTime(0, 30), true));
        for (long qbr : List.of(qbrOfPrevPrev, qbrOfPrev)) {
            as(admin, () -> attendees.add(qbr, Side.VENDOR, "Max Weber", null, "max", null, true, false));
            as(admin, () -> attendees.add(qbr, Side.PARTNER, "Sam Lee", null, "sam", null, false, false));
            as(admin, () -> attendees.add(qbr, Side.PARTNER, "Priya Nair", priya, null, null, true, false));
        }
        LocalDate due = prev.firstDay().plusDays(40);
        long last = plan(manager, alphaAdmin, qbrOfPrevPrev, List.of(
                new CommitmentContent(Side.VENDOR, "Max Weber", null, "max", due, "hold 2 pipeline reviews", Cadence.MONTHLY, null),
                new CommitmentContent(Side.PARTNER, "Sam Lee", null, "sam", due.plusDays(5), "register 5 new deals",
                        Cadence.MONTHLY, null),
                new CommitmentContent(Side.PARTNER, "Priya Nair", priya, null, due.plusDays(9), "sign the agreement",
                        Cadence.MONTHLY, null)));
        long current = plan(manager, alphaAdmin, qbrOfPrev, List.of(
                new CommitmentContent(Side.VENDOR, "Max Weber", null, "max", cur.lastDay(), "run 3 joint webinars",
                        Cadence.EVERY_TWO_WEEKS, null),
                new CommitmentContent(Side.PARTNER, "Sam Lee", null, "sam", cur.lastDay(), "register 3 deals in healthcare",
                        Cadence.EVERY_TWO_WEEKS, null),
                new CommitmentContent(Side.PARTNER, "Priya Nair", priya, null, cur.lastDay(), "sign 2 reference customers",
                        Cadence.MONTHLY, null)));
        List<CommitmentLine> now = as(admin, () -> plans.view(current)).commitments();
        as(admin, () -> reminderProbe.checkedIn(now.get(0).id(), 12));
        as(admin, () -> reminderProbe.checkedIn(now.get(1).id(), 20));

        Caller job = Caller.system(two.vendor());
        as(job, () -> reminders.run());
        as(job, () -> reminders.run());
        Mailbox mailbox = Mailbox.inServer();
        String partner = "Partner alpha";
        List<Mailbox.Mail> checkIn = mailbox.await(max, m -> m.subject().startsWith("Check-in due by "), DELIVERY);
        assertEquals(1, checkIn.size());
        assertEquals("Check-in due by " + LocalDate.now(ZoneOffset.UTC).minusDays(12).plusDays(14) + ": " + partner,
                checkIn.get(0).subject());
        assertTrue(checkIn.get(0).text().startsWith("Your commitment " + partner + ": \"run 3 joint webinars\" (owner"
                + " Max Weber, Vendor, due " + cur.lastDay() + ") is due for its check-in (every two weeks)"),
                checkIn.get(0).text());
        for (String person : List.of(max, sam, priya)) {
            List<Mailbox.Mail> flags = awaitCount(mailbox, person, m -> m.subject().startsWith("Flagged: "), 4);
            assertEquals(4, flags.size(), person + ": three overdue, one check-in missed; each once");
            assertEquals(3, flags.stream().filter(m -> m.text().contains("\nOverdue: due ")).count(), person);
            List<Mailbox.Mail> missed = flags.stream().filter(m -> m.text().contains("\nNo check-in for 20 days"
                    + " (cadence: every two weeks).")).toList();
            assertEquals(1, missed.size(), person);
            assertEquals("Flagged: " + partner + ", Sam Lee's commitment", missed.get(0).subject());
            List<Mailbox.Mail> digest = mailbox.await(person, m -> m.subject().startsWith("1 overdue commitment ("),
                    DELIVERY);
            assertEquals(1, digest.size(), person + ": this week's digest, once");
        }
        assertTrue(mailbox.matching(max, m -> m.subject().startsWith("1 overdue commitment (")).get(0).text()
                .contains("- " + partner + ": hold 2 pipeline reviews, due " + due));
        assertEquals(1, mailbox.matching(sam, m -> m.subject().startsWith("Flagged: " + partner + ", Max Weber's"))
                .size(), "the partner's side is told of the vendor's overdue commitment");
        assertEquals(List.of(), mailbox.matching(priya, m -> m.subject().startsWith("Check-in due")),
                "priya's monthly check-in is not due");
        assertEquals(List.of(), mailbox.matching(otherMax, m -> true), "the other vendor's max gets nothing");

        // run again after the persistence caches are emptied, as after a restart: the keys are in the database
        as(admin, () -> reminderProbe.forgetEverythingInMemory());
        assertEquals(0, as(job, () -> reminders.run()), "nothing is due twice");
        Thread.sleep(12_000);
        assertEquals(6, mailbox.matching(max, m -> true).size(), "max: check-in, 4 flags, digest");
        assertEquals(5, mailbox.matching(sam, m -> true).size(), "sam: 4 flags, digest");
        assertEquals(5, mailbox.matching(priya, m -> true).size(), "priya: 4 flags, digest");
    }

    /**
     * A QBR 40 hours ahead whose pre-read is not published reminds the vendor's side; once published,
     * the partner's side is reminded to read it (a reminder of its own). A QBR 20 hours ahead whose
     * published pre-read nobody of the partner opened reminds the vendor's side. Exactly once each,
     * also when the job runs again after the persistence caches were emptied (as after a restart)
     * with the reminders' keys and outbox rows in the database.
     */
    @Test
    void thePreReadRemindersAt48And24HoursReachTheRightSideOnceAlsoAfterARestart() throws Exception {
        TwoVendors two = TwoVendors.register(vendors, "preread", "Pre-read vendor");
        Caller admin = two.staff("ada", Role.VENDOR_ADMIN);
        Caller manager = two.staff("max", Role.PARTNER_MANAGER);
        String max = "max@" + two.vendor() + ".example";
        String al = "al@" + two.vendor() + ".example";
        long alpha = as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        long bravo = as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        Quarter quarter = ProgramCalendar.currentQuarter();
        segments(admin, quarter, "alpha", "bravo");
        LocalDateTime utcNow = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        long in40 = as(manager, () -> qbrs.schedule(alpha, quarter, utcNow.plusHours(40))).qbrId();
        long in20 = as(manager, () -> qbrs.schedule(bravo, quarter, utcNow.plusHours(20))).qbrId();
        for (long qbr : List.of(in40, in20)) {
            as(manager, () -> attendees.add(qbr, Side.VENDOR, "Max Manager", max, "max", null, true, false));
            as(manager, () -> attendees.add(qbr, Side.PARTNER, "Al Alliance", al, null, null, true, false));
        }
        as(manager, () -> preReads.publish(in20));
        Caller job = Caller.system(two.vendor());
        as(job, () -> reminders.run());
        Mailbox mailbox = Mailbox.inServer();
        List<Mailbox.Mail> unpublished = mailbox.await(max, m -> m.subject().startsWith("Pre-read not published: the "
                + quarter + " QBR of Partner alpha on "), DELIVERY);
        assertEquals(1, unpublished.size());
        assertTrue(unpublished.get(0).text().contains(". Publish it in the QBR's workspace."), unpublished.get(0).text());
        List<Mailbox.Mail> unopened = mailbox.await(max, m -> m.subject().startsWith("Pre-read not opened: the "
                + quarter + " QBR of Partner bravo on "), DELIVERY);
        assertEquals(1, unopened.size());
        assertTrue(unopened.get(0).text().startsWith("Nobody of Partner bravo has opened the pre-read"),
                unopened.get(0).text());
        List<Mailbox.Mail> toRead = mailbox.await(al, m -> m.subject().startsWith("Pre-read to read: the " + quarter
                + " QBR of Partner bravo"), DELIVERY);
        assertEquals(1, toRead.size(), "bravo's pre-read is published: the partner's side reads it");

        as(manager, () -> preReads.publish(in40));
        as(job, () -> reminders.run());
        assertEquals(1, mailbox.await(al, m -> m.subject().startsWith("Pre-read to read: the " + quarter
                + " QBR of Partner alpha"), DELIVERY).size(), "published now: the partner's reminder is its own");

        assertEquals(1, as(admin, () -> reminderProbe.reminderKeys("pre-read-unpublished:" + in40)));
        assertEquals(1, as(admin, () -> mailProbe.outboxRowsWith("was due")).stream()
                .filter(r -> r.getSubject().startsWith("Pre-read not published")).count());
        as(admin, () -> reminderProbe.forgetEverythingInMemory());
        assertEquals(0, as(job, () -> reminders.run()), "after the restart nothing is written again");
        Thread.sleep(12_000);
        for (String subject : List.of("Pre-read not published: ", "Pre-read not opened: ")) {
            assertEquals(1, mailbox.matching(max, m -> m.subject().startsWith(subject)).size(), subject);
            assertEquals(List.of(), mailbox.matching(al, m -> m.subject().startsWith(subject)), "vendor's side only");
        }
        assertEquals(2, mailbox.matching(al, m -> m.subject().startsWith("Pre-read to read: ")).size());
        assertEquals(List.of(), mailbox.matching(max, m -> m.subject().startsWith("Pre-read to read: ")),
                "reading is the partner's side");
        assertEquals(1, as(admin, () -> reminderProbe.outboxRows(max, "Pre-read not published: ")));
    }

    /**
     * A definition version published 8 days ago that alpha has not answered reminds alpha's admin (of
     * the directory); bravo agreed, so its admin is not reminded. A question open for 15 days reminds
     * the vendor's admins and the person who raised it, once. Another vendor's admin of the same name
     * gets nothing.
     */
    @Test
    void aDefinitionWaitingAWeekAndAQuestionOpenForFifteenDaysRemindOnce() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String vendor = "it-defs-" + tag;
        vendors.register(vendor, "Definitions vendor " + tag, "admins@" + vendor + ".example");
        vendors.register("it-defs-other-" + tag, "Other vendor " + tag);
        Caller admin = new Caller("ada", vendor, null, Set.of(Role.VENDOR_ADMIN));
        String al = "al@" + vendor + ".example";
        String bo = "bo@" + vendor + ".example";
        String otherAl = "al@it-defs-other-" + tag + ".example";
        Caller alAdmin = new Caller("al", vendor, "alpha", Set.of(Role.PARTNER_ADMIN), al);
        Caller boAdmin = new Caller("bo", vendor, "bravo", Set.of(Role.PARTNER_ADMIN), bo);
        Quarter quarter = ProgramCalendar.currentQuarter();
        as(admin, () -> {
            data.partner("alpha", PartnerType.RESELLER);
            data.partner("bravo", PartnerType.RESELLER);
            data.target("alpha", quarter, 100_000);
            return null;
        });
        as(new Caller("ada", "it-defs-other-" + tag, null, Set.of(Role.VENDOR_ADMIN)),
                () -> data.partner("alpha", PartnerType.RESELLER));
        signIn(alAdmin);
        signIn(boAdmin);
        signIn(new Caller("al", "it-defs-other-" + tag, "alpha", Set.of(Role.PARTNER_ADMIN), otherAl));
        as(admin, () -> definitions.all());
        long v2 = as(admin, () -> reminderProbe.definitionPublished(Metric.WIN_RATE, 2, 8, "won deals over closed deals"));
        as(boAdmin, () -> definitions.agree(v2));
        as(admin, () -> scorecards.refresh(quarter));
        long figure = as(admin, () -> mailProbe.figureOf("alpha"));
        long dispute = as(alAdmin, () -> disputes.raise(figure, "This looks low")).getId();
        as(admin, () -> reminderProbe.disputeRaisedAgo(dispute, 15));

        Caller job = Caller.system(vendor);
        as(job, () -> reminders.run());
        as(job, () -> reminders.run());
        Mailbox mailbox = Mailbox.inServer();
        List<Mailbox.Mail> waiting = mailbox.await(al, m -> m.subject().startsWith("A metric definition waits for"
                + " Partner alpha's answer"), DELIVERY);
        assertEquals(1, waiting.size());
        assertTrue(waiting.get(0).text().contains("- Win rate v2, version 2, published "), waiting.get(0).text());
        assertTrue(waiting.get(0).text().contains(": won deals over closed deals\nAgree or ask a question"),
                waiting.get(0).text());
        for (String person : List.of(al, "admins@" + vendor + ".example")) {
            List<Mailbox.Mail> mails = mailbox.await(person, m -> m.subject().startsWith("Open for 15 days: Partner alpha"
                    + " questions ") && m.subject().endsWith(" of " + quarter), DELIVERY);
            assertEquals(1, mails.size(), person);
            assertTrue(mails.get(0).text().contains("(\"This looks low\"), is still open after 15 days."),
                    mails.get(0).text());
        }
        Thread.sleep(12_000);
        assertEquals(1, mailbox.matching(al, m -> m.subject().startsWith("A metric definition")).size());
        assertEquals(List.of(), mailbox.matching(bo, m -> true), "bravo agreed: nothing waits for it");
        assertEquals(List.of(), mailbox.matching(otherAl, m -> true), "the other vendor's al gets nothing");
    }

    /**
     * Each person chooses what they receive: sam declines the agenda reminders and keeps the others; a
     * choice from a page opened before another change is refused naming both; after a one-click
     * unsubscribe he receives nothing until he ticks "receive" again. An attendee known by user name
     * only is invited and sent the recap at the directory's address; a user name of another partner
     * on the partner's side reaches nobody and is named as not reached.
     */
    @Test
    void eachPersonChoosesTheirRemindersAndUserNamesAreReachedThroughTheDirectory() throws Exception {
        TwoVendors two = TwoVendors.register(vendors, "choice", "Choice vendor");
        Caller admin = two.staff("ada", Role.VENDOR_ADMIN);
        Caller manager = two.staff("max", Role.PARTNER_MANAGER);
        String max = "max@" + two.vendor() + ".example";
        String sam = "sam@" + two.vendor() + ".example";
        String zed = "zed@" + two.vendor() + ".example";
        Caller samUser = new Caller("sam", two.vendor(), "alpha", Set.of(Role.PARTNER_USER), sam);
        long alpha = as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        signIn(samUser);
        signIn(new Caller("zed", two.vendor(), "bravo", Set.of(Role.PARTNER_USER), zed));
        Quarter quarter = ProgramCalendar.currentQuarter();
        segments(admin, quarter, "alpha");

        ReminderChoices.Choices fresh = as(samUser, () -> choices.mine());
        assertEquals(sam, fresh.email());
        assertTrue(fresh.receives(ReminderKind.AGENDA) && fresh.receives(ReminderKind.PRE_READ));
        Set<ReminderKind> allButAgenda = EnumSet.complementOf(EnumSet.of(ReminderKind.AGENDA));
        ReminderChoices.Choices saved = as(samUser, () -> choices.choose(allButAgenda, true, fresh.state()));
        assertTrue(!saved.receives(ReminderKind.AGENDA) && saved.receives(ReminderKind.PRE_READ));
        RefusedException stale = assertThrows(RefusedException.class, () -> as(samUser, () -> choices.choose(
                EnumSet.noneOf(ReminderKind.class), false, fresh.state())));
        assertEquals("Your mail choices were changed in another window since this page was opened. Now: only: "
                + java.util.Arrays.stream(ReminderKind.values()).filter(k -> k != ReminderKind.AGENDA)
                .map(ReminderKind::getLabel).collect(java.util.stream.Collectors.joining("; "))
                + ". Yours: no reminders. Nothing was saved; choose again on the page as it is now.", stale.getMessage());
        assertThrows(RefusedException.class, () -> as(new Caller("nomail", two.vendor(), null,
                Set.of(Role.EXECUTIVE)), () -> choices.choose(allButAgenda, true, "in:")), "no address, nothing to choose");

        // alpha's QBR 40 hours ahead: agenda (72 h) and pre-read (48 h) are both due; sam by user name only
        long upcoming = as(manager, () -> qbrs.schedule(alpha, quarter, LocalDateTime.now(ZoneOffset.UTC).plusHours(40)
                .truncatedTo(ChronoUnit.MINUTES))).qbrId();
        as(manager, () -> attendees.add(upcoming, Side.VENDOR, "Max Manager", max, "max", null, true, false));
        as(manager, () -> attendees.add(upcoming, Side.PARTNER, "Sam Lee", null, "sam", null, true, false));
        as(manager, () -> attendees.add(upcoming, Side.PARTNER, "Zed of bravo", null, "zed", null, false, false));
        as(manager, () -> preReads.publish(upcoming));
        Caller job = Caller.system(two.vendor());
        as(job, () -> reminders.run());
        assertEquals(2, as(manager, () -> invitations.invite(upcoming)), "max, and sam at the directory's address");
        Mailbox mailbox = Mailbox.inServer();
        assertEquals(1, mailbox.await(sam, m -> m.subject().startsWith("Pre-read to read: "), DELIVERY).size());
        List<Mailbox.Mail> invitation = mailbox.await(sam, m -> m.subject().startsWith("Invitation: "), DELIVERY);
        assertEquals(1, invitation.size());
        assertTrue(new String(invitation.get(0).files().get(0).content(), StandardCharsets.UTF_8)
                .replaceAll("\\r?\\n[ \\t]", "").contains("mailto:" + sam), "sam is an ATTENDEE of the file");
        assertEquals(1, mailbox.await(max, m -> m.subject().startsWith("Agenda and topics due: "), DELIVERY).size());

        // sam unsubscribes in one click, then receives reminders again by ticking "receive"
        String link = mailbox.matching(sam, m -> m.subject().startsWith("Pre-read to read: ")).get(0)
                .listUnsubscribe().replaceAll("^<|>$", "");
        assertEquals(200, post(link).statusCode());
        ReminderChoices.Choices out = as(samUser, () -> choices.mine());
        assertTrue(out.optedOutAt() != null && !out.receives(ReminderKind.RECAP));
        long held = as(manager, () -> probe.pastQbr("alpha", quarter.previous(), LocalDateTime.now(ZoneOffset.UTC)
                .minusHours(2).truncatedTo(ChronoUnit.MINUTES), true));
        as(manager, () -> attendees.add(held, Side.VENDOR, "Max Manager", max, "max", null, true, false));
        as(manager, () -> attendees.add(held, Side.PARTNER, "Sam Lee", null, "sam", null, true, false));
        as(manager, () -> attendees.add(held, Side.PARTNER, "Zed of bravo", null, "zed", null, false, false));
        RecapService.RecapView draft = as(manager, () -> recaps.recap(held));
        assertEquals(List.of(max, sam), draft.recipients());
        assertEquals(List.of("Zed of bravo (Partner, no e-mail address)"), draft.notReached(),
                "a user of another partner is not reached on alpha's side");
        as(manager, () -> recaps.send(held));
        assertEquals(1, mailbox.await(sam, m -> m.subject().startsWith("Recap of the " + quarter.previous() + " QBR: "),
                DELIVERY).size(), "the recap always arrives, also after an unsubscribe");
        RefusedException sinceUnsubscribed = assertThrows(RefusedException.class, () -> as(samUser,
                () -> choices.choose(EnumSet.allOf(ReminderKind.class), true, saved.state())));
        assertTrue(sinceUnsubscribed.getMessage().contains(" Now: no reminders. Yours: all reminders."),
                "a page from before the unsubscribe: " + sinceUnsubscribed.getMessage());
        as(samUser, () -> choices.choose(EnumSet.allOf(ReminderKind.class), true, out.state()));
        // the first QBR is called off (one QBR a quarter) and another is scheduled 60 hours ahead
        long version = as(manager, () -> qbrs.qbrsOf(alpha)).stream().filter(v -> v.qbrId() == upcoming).findFirst()
                .orElseThrow().version();
        as(admin, () -> qbrs.cancel(upcoming, version));
        long next = as(manager, () -> qbrs.schedule(alpha, quarter, LocalDateTime.now(ZoneOffset.UTC).plusHours(60)
                .truncatedTo(ChronoUnit.MINUTES))).qbrId();
        as(manager, () -> attendees.add(next, Side.PARTNER, "Sam Lee", null, "sam", null, true, false));
        as(job, () -> reminders.run());
        assertEquals(1, mailbox.await(sam, m -> m.subject().startsWith("Agenda and topics due: "), DELIVERY).size(),
                "receiving again, agenda included");
        Thread.sleep(12_000);
        assertEquals(1, mailbox.matching(sam, m -> m.subject().startsWith("Agenda and topics due: ")).size(),
                "the first QBR's agenda reminder was declined, the second's arrived");
        assertEquals(1, mailbox.matching(sam, m -> m.subject().startsWith("Pre-read to read: ")).size());
        assertEquals(List.of(), mailbox.matching(zed, m -> true), "zed of bravo is reached by nothing of alpha's");
    }

    /**
     * Each person's calendar feed, read without signing in at its secret address and parsed with
     * iCal4j: al (alpha's admin) reads alpha's QBRs he attends, the strategic alpha's monthly check-ins
     * after its held QBR (RRULE, two times), and the due date and next check-in of the commitment he
     * owns; never bravo's QBR although bravo listed him, nor the other vendor's QBR of its al, nor
     * max's commitment. Max reads both partners' QBRs and his commitment. A secret of another vendor's
     * address, an unknown one, a replaced one and a stopped one answer 404 in words.
     */
    @Test
    void aPersonsCalendarFeedHoldsTheirOwnItemsOnlyAtASecretAddressTheyCanReplace() throws Exception {
        TwoVendors two = TwoVendors.register(vendors, "feed", "Feed vendor");
        Caller admin = two.staff("ada", Role.VENDOR_ADMIN);
        Caller maxUser = new Caller("max", two.vendor(), null, Set.of(Role.PARTNER_MANAGER), "max@" + two.vendor()
                + ".example");
        Caller alUser = new Caller("al", two.vendor(), "alpha", Set.of(Role.PARTNER_ADMIN), "al@" + two.vendor()
                + ".example");
        Caller otherAl = new Caller("al", two.other(), "alpha", Set.of(Role.PARTNER_ADMIN), "al@" + two.other()
                + ".example");
        Caller otherAdmin = two.otherAdmin();
        long alpha = as(admin, () -> data.partner("alpha", PartnerType.RESELLER));
        long bravo = as(admin, () -> data.partner("bravo", PartnerType.RESELLER));
        long otherAlpha = as(otherAdmin, () -> data.partner("alpha", PartnerType.RESELLER));
        for (Caller person : List.of(maxUser, alUser, otherAl)) {
            signIn(person);
        }
        Quarter cur = ProgramCalendar.currentQuarter();
        Quarter prev = cur.previous();
        as(admin, () -> {
            probe.standing("alpha", prev, Segment.STRATEGIC);
            return null;
        });
        segments(admin, cur, "alpha", "bravo");
        as(otherAdmin, () -> {
            probe.standing("alpha", cur, Segment.GROWTH);
            return null;
        });
        LocalDateTime in10 = LocalDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.HOURS);
        long alphaNext = as(maxUser, () -> qbrs.schedule(alpha, cur, in10)).qbrId();
        long bravoNext = as(maxUser, () -> qbrs.schedule(bravo, cur, in10.plusDays(2))).qbrId();
        long alphaHeld = as(admin, () -> probe.pastQbr("alpha", prev, cur.firstDay().atTime(15, 0), true));
        for (long qbr : List.of(alphaNext, bravoNext, alphaHeld)) {
            as(admin, () -> attendees.add(qbr, Side.VENDOR, "Max Weber", null, "max", null, true, false));
            as(admin, () -> attendees.add(qbr, Side.PARTNER, "Al Alliance", null, "al", null, true, false));
        }
        long othersQbr = as(otherAdmin, () -> qbrs.schedule(otherAlpha, cur, in10)).qbrId();
        as(otherAdmin, () -> attendees.add(othersQbr, Side.PARTNER, "Al Other", null, "al", null, true, false));
        long plan = plan(maxUser, alUser, alphaHeld, List.of(
                new CommitmentContent(Side.VENDOR, "Max Weber", null, "max", cur.lastDay(), "run 3 joint webinars",
                        Cadence.MONTHLY, null),
                new CommitmentContent(Side.PARTNER, "Al Alliance", null, "al", cur.lastDay(), "register 3 deals",
                        Cadence.EVERY_TWO_WEEKS, null),
                new CommitmentContent(Side.PARTNER, "Al Alliance", null, "al", cur.lastDay(), "sign 2 references",
                        Cadence.AT_NEXT_QBR, null)));
        List<CommitmentLine> planned = as(admin, () -> plans.view(plan)).commitments();
        long alsKey = planned.get(1).itemKey();
        long alsOther = planned.get(2).itemKey();

        assertTrue(as(alUser, () -> feeds.mine()).isEmpty());
        String alsFeed = as(alUser, () -> feeds.renew());
        assertTrue(alsFeed.startsWith(base() + "/calendar/" + two.vendor() + "/") && alsFeed.endsWith(".ics"), alsFeed);
        HttpResponse<String> read = get(alsFeed);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Map<String, VEvent> als = events(read.body());
        String vendor = two.vendor();
        assertEquals(Set.of("qbr-" + alphaNext + "." + vendor + "@partner-portal", "qbr-" + alphaHeld + "." + vendor
                + "@partner-portal", "check-ins-" + alphaHeld + "." + vendor + "@partner-portal",
                "due-commitment-" + alsKey + "." + vendor + "@partner-portal", "check-in-commitment-" + alsKey + "."
                + vendor + "@partner-portal", "due-commitment-" + alsOther + "." + vendor + "@partner-portal"),
                als.keySet(), "al's own items only: not bravo's QBR, not max's commitment, not the other vendor's");
        VEvent checkIns = als.get("check-ins-" + alphaHeld + "." + vendor + "@partner-portal");
        assertEquals("FREQ=MONTHLY;COUNT=2", value(checkIns, Property.RRULE));
        assertEquals(cur.firstDay().plusMonths(1).atTime(15, 0).format(java.time.format.DateTimeFormatter
                .ofPattern("uuuuMMdd'T'HHmmss")), value(checkIns, Property.DTSTART));
        assertEquals(cur.lastDay().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                value(als.get("due-commitment-" + alsKey + "." + vendor + "@partner-portal"), Property.DTSTART));
        assertEquals("Due: register 3 deals (Partner alpha)", value(als.get("due-commitment-" + alsKey + "." + vendor
                + "@partner-portal"), Property.SUMMARY));

        Map<String, VEvent> maxs = events(get(as(maxUser, () -> feeds.renew())).body());
        assertTrue(maxs.containsKey("qbr-" + bravoNext + "." + vendor + "@partner-portal")
                && maxs.containsKey("qbr-" + alphaNext + "." + vendor + "@partner-portal"), maxs.keySet().toString());
        assertEquals(1, maxs.keySet().stream().filter(k -> k.startsWith("due-")).count(), "max's own commitment only");

        String otherVendors = alsFeed.replace("/calendar/" + vendor + "/", "/calendar/" + two.other() + "/");
        HttpResponse<String> refused = get(otherVendors);
        assertEquals(404, refused.statusCode());
        assertTrue(refused.body().startsWith("This calendar address is not known"), refused.body());
        assertEquals(404, get(base() + "/calendar/" + vendor + "/nobody.ics").statusCode());
        String othersFeed = as(otherAl, () -> feeds.renew());
        assertEquals(Set.of("qbr-" + othersQbr + "." + two.other() + "@partner-portal"),
                events(get(othersFeed).body()).keySet(), "the other vendor's al reads his vendor's QBR only");

        String renewed = as(alUser, () -> feeds.renew());
        assertEquals(404, get(alsFeed).statusCode(), "the replaced address stops working");
        assertEquals(200, get(renewed).statusCode());
        as(alUser, () -> feeds.stop());
        assertEquals(404, get(renewed).statusCode(), "a stopped address answers not known");
        assertTrue(as(alUser, () -> feeds.mine()).isEmpty());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The feed's events by UID, parsed with iCal4j. */
    private static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder(new NoZoneRegistry()).build(new StringReader(ics));
        Map<String, VEvent> events = new java.util.HashMap<>();
        for (VEvent e : calendar.<VEvent>getComponents("VEVENT")) {
            events.put(value(e, Property.UID), e);
        }
        return events;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** A plan of the QBR with one bet and these commitments, confirmed by both sides; @return its id. */
    private long plan(Caller manager, Caller partnerAdmin, long qbrId, List<CommitmentContent> commitments) {
        PlanView plan = as(manager, () -> plans.draft(qbrId));
        as(manager, () -> items.addBet(plan.id(), new BetContent("Manufacturing", "It is where the partner wins",
                Metric.ATTRIBUTED_REVENUE, new BigDecimal("50000"), "Two joint pipeline reviews a month",
                "Three sellers certified")));
        for (CommitmentContent c : commitments) {
            as(c.side() == Side.VENDOR ? manager : partnerAdmin, () -> items.addCommitment(plan.id(), c));
        }
        as(partnerAdmin, () -> plans.confirm(plan.id(), as(partnerAdmin, () -> plans.view(plan.id())).version()));
        as(manager, () -> plans.confirm(plan.id(), as(manager, () -> plans.view(plan.id())).version()));
        return plan.id();
    }

    /** The partners' standings of the quarter (as if it had been recomputed), growth: a QBR may be scheduled. */
    private void segments(Caller admin, Quarter quarter, String... partners) {
        as(admin, () -> {
            for (String partner : partners) {
                probe.standing(partner, quarter, Segment.GROWTH);
            }
            return null;
        });
    }

    /** The person's sign-in as the portal records it in its people directory. */
    private void signIn(Caller person) {
        Acting.as(person, () -> people.signedIn());
    }

    private static List<Mailbox.Mail> awaitCount(Mailbox mailbox, String address, Predicate<Mailbox.Mail> which,
                                                 int count) throws Exception {
        Instant end = Instant.now().plus(DELIVERY);
        List<Mailbox.Mail> found = mailbox.matching(address, which);
        while (found.size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(1_000);
            found = mailbox.matching(address, which);
        }
        return found;
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

}
