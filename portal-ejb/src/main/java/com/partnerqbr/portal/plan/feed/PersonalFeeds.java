package com.partnerqbr.portal.plan.feed;

import com.partnerqbr.portal.calendar.Feed;
import com.partnerqbr.portal.calendar.Feed.Event;
import com.partnerqbr.portal.calendar.Invitation;
import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.people.PersonStatus;
import com.partnerqbr.portal.plan.PlanStatus;
import com.partnerqbr.portal.plan.commitment.CheckIn;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.plan.reminder.ReminderRules;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.attendee.Attendee;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each person's calendar feed at a secret address ({@code /calendar/<vendor>/<secret>.ics}) that a
 * calendar application reads without signing in: the QBRs the person attends on their side (from
 * 100 days back; for a strategic partner's held QBR also its two monthly check-ins until the next
 * QBR, one repeating event), and the commitments they own in plans in force (the due date and the
 * next check-in day, whole days). A partner user's items are their own partner's only (read from
 * the people directory at each reading, so a person moved to another partner no longer reads the old
 * one's); staff read the vendor's side; and what the features above the plan add ({@link FeedEvents}:
 * the program review sessions a partner is invited to). The person makes the address, makes a new
 * one (the old one then answers "not known") or stops it.
 */
@Stateless
public class PersonalFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private ProgramClock programClock;

    @EJB
    private Outbox outbox;

    @EJB
    private AttendeeService attendees;

    /** The features above the plan that add events (the tail's program reviews). */
    @Inject
    @Any
    private Instance<FeedEvents> moreEvents;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://127.0.0.1:28080/portal")
    private String portalUrl;

    /** The caller's feed address, when they made one. */
    public Optional<String> mine() {
        return stored(callerContext.current().name()).map(this::address);
    }

    /** Makes the caller's feed address, or a new one in place of the old (which stops working at once). */
    public String renew() {
        String username = callerContext.current().name();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = stored(username).orElse(null);
        if (feed == null) {
            feed = new CalendarFeed(username, secret, Instant.now());
            em.persist(feed);
        } else {
            feed.renew(secret, Instant.now());
        }
        em.flush();
        return address(feed);
    }

    /** Stops the caller's feed: its address answers "not known". */
    public void stop() {
        stored(callerContext.current().name()).ifPresent(em::remove);
    }

    /** The feed of the secret in the caller's vendor (a system caller of the vendor in its address); empty when none. */
    public Optional<String> ics(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = em.createNamedQuery("CalendarFeed.ofSecret", CalendarFeed.class)
                .setParameter("secret", secret).getResultStream().findFirst();
        Optional<Person> person = feed.flatMap(f -> em.createNamedQuery("Person.byUsername", Person.class)
                .setParameter("username", f.getUsername()).getResultStream().findFirst())
                .filter(p -> p.getStatus() == PersonStatus.ACTIVE);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = programClock.clock().zone();
        List<Event> events = new ArrayList<>(qbrs(person.get()));
        events.addAll(commitments(person.get(), zone));
        moreEvents.forEach(more -> events.addAll(more.of(person.get())));
        return Optional.of(Feed.ics(outbox.vendorName() + " partner portal: " + person.get().getUsername(), zone, events,
                Instant.now()));
    }

    private List<Event> qbrs(Person person) {
        String partner = person.getPartnerCode();
        Side side = partner == null ? Side.VENDOR : Side.PARTNER;
        List<Qbr> attended = em.createQuery("SELECT a FROM Attendee a JOIN FETCH a.qbr q JOIN FETCH q.partner"
                        + " WHERE a.username = :username AND a.side = :side AND q.status <> :cancelled"
                        + " AND q.startsAt >= :from ORDER BY q.startsAt", Attendee.class)
                .setParameter("username", person.getUsername()).setParameter("side", side)
                .setParameter("cancelled", QbrStatus.CANCELLED)
                .setParameter("from", LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(100)), ZoneOffset.UTC))
                .getResultList().stream().map(Attendee::getQbr)
                .filter(q -> partner == null || partner.equals(q.getPartner().getCode())).distinct().toList();
        String vendor = callerContext.current().vendorCode();
        List<Event> events = new ArrayList<>();
        for (Qbr q : attended) {
            String summary = "QBR: " + q.getPartner().getName() + " and " + outbox.vendorName() + " (" + q.getQuarter()
                    + ")";
            events.add(Event.meeting(Invitation.qbrUid(q.getId(), vendor), summary, q.getMeeting() + ".",
                    q.getStart(), Duration.ofMinutes(q.getMeetingMinutes())));
        }
        // the strategic partners' monthly check-ins after their latest held QBR, until the next one is due
        Map<Long, Qbr> latestHeld = new HashMap<>();
        attended.stream().filter(q -> q.getStatus() == QbrStatus.HELD)
                .forEach(q -> latestHeld.merge(q.getPartner().getId(), q, (a, b) -> a.getStart().isAfter(b.getStart()) ? a : b));
        latestHeld.values().stream().filter(attendees::strategic).sorted(Comparator.comparing(Qbr::getStart)).forEach(q ->
                events.add(Event.monthly(Invitation.checkInsUid(q.getId(), vendor), "Monthly check-in: "
                                + q.getPartner().getName() + " and " + outbox.vendorName(), Invitation.CHECK_INS,
                        Invitation.checkInsStart(q.getStart(), programClock.clock().zone()), Invitation.CHECK_IN_LENGTH,
                        Invitation.CHECK_INS_TIMES)));
        return events;
    }

    private List<Event> commitments(Person person, ZoneId zone) {
        String partner = person.getPartnerCode();
        List<Commitment> owned = em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan p JOIN FETCH p.partner"
                        + " WHERE p.status = :inForce AND c.ownerUsername = :username AND c.side = :side ORDER BY c.dueDate",
                        Commitment.class).setParameter("inForce", PlanStatus.IN_FORCE)
                .setParameter("username", person.getUsername())
                .setParameter("side", partner == null ? Side.VENDOR : Side.PARTNER).getResultList().stream()
                .filter(c -> partner == null || partner.equals(c.getPlan().getPartner().getCode())).toList();
        String vendor = callerContext.current().vendorCode();
        List<Event> events = new ArrayList<>();
        for (Commitment c : owned) {
            String what = c.getOutcome() + " (" + c.getPlan().getPartner().getName() + ")";
            String uid = "commitment-" + c.getItemKey() + "." + vendor + "@partner-portal";
            events.add(Event.wholeDay("due-" + uid, "Due: " + what, "Your commitment of the joint plan, "
                    + c.getStatus().getLabel().toLowerCase(java.util.Locale.ROOT) + ".", c.getDueDate()));
            if (!c.getStatus().closed()) {
                LocalDate since = em.createNamedQuery("CheckIn.ofItem", CheckIn.class)
                        .setParameter("partner", c.getPlan().getPartner()).setParameter("itemKey", c.getItemKey())
                        .setMaxResults(1).getResultStream().findFirst().map(CheckIn::getCheckedAt)
                        .or(() -> Optional.ofNullable(ReminderRules.inForceSince(c.getPlan())))
                        .map(at -> LocalDate.ofInstant(at, zone)).orElse(LocalDate.now(zone));
                LocalDate day = ReminderRules.checkInDay(c.getCadence(), since);
                if (day != null) {
                    events.add(Event.wholeDay("check-in-" + uid, "Check-in: " + what, "Record progress, status,"
                            + " blocker and next step (" + c.getCadence().getLabel().toLowerCase(java.util.Locale.ROOT)
                            + ").", day));
                }
            }
        }
        return events;
    }

    private Optional<CalendarFeed> stored(String username) {
        return em.createNamedQuery("CalendarFeed.ofUser", CalendarFeed.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private String address(CalendarFeed feed) {
        return portalUrl + "/calendar/" + URLEncoder.encode(callerContext.current().vendorCode(), StandardCharsets.UTF_8)
                + "/" + feed.getSecret() + ".ics";
    }
}
