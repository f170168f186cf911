package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.ProgramReviewDay;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.tail.ProgramReviewResources.ResourceView;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monthly program review of the tail (DOMAIN.md): the vendor plans it as a series, held on the
 * program review day of every month at a time of the program's zone, and may move or cancel one
 * session; the invited partners' people are told of each ({@link ProgramReviewInvitations}). Its
 * audience: {@link AudienceService}; its links and files: {@link ProgramReviewResources}; the
 * partners' side: {@link RegistrationService}. Another vendor's session is "not found".
 */
@Stateless
public class ProgramReviewService {

    /** The agenda of a new series: the four parts the articles name. */
    public static final String DEFAULT_AGENDA = "Program updates\nNew resources\nAggregate performance of the tail\nQ&A";
    /** Sessions are planned for this month (when its day is still ahead) and the next ones, this many in all. */
    static final int MONTHS_PLANNED = 3;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private ProgramClock programClock;

    @EJB
    private ProgramSettingsService programSettings;

    @EJB
    private ProgramReviewInvitations invitations;

    @EJB
    private ProgramReviewResources resources;

    /** The series as planned; version -1 (and the defaults) before the vendor planned it. */
    public record SeriesView(LocalTime startTime, int minutes, String joinLink, String host, String agenda, long version) {
    }

    /** A session with its answers counted and its resources, the recording first. */
    public record SessionView(long id, long version, String month, Instant startsAt, int minutes, String joinLink,
                              String host, String agenda, boolean moved, boolean cancelled, String cancelledReason,
                              long registered, long declined, List<ResourceView> resources) {

        public List<String> agendaItems() {
            return agenda.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        static SessionView of(ProgramReviewSession s, List<ProgramReviewAnswer> answers, List<ResourceView> resources) {
            long registered = answers.stream().filter(ProgramReviewAnswer::isRegistered).count();
            ProgramReviewDetails d = s.getDetails();
            return new SessionView(s.getId(), s.getVersion(), s.getMonth(), s.getStartsAt(), d.getMinutes(),
                    d.getJoinLink(), d.getHost(), d.getAgenda(), s.isMoved(), s.isCancelled(), s.getCancelledReason(),
                    registered, answers.size() - registered, resources);
        }
    }

    public SeriesView series() {
        callerContext.requireVendorStaff("the program review's series is for vendor staff");
        return stored().map(s -> new SeriesView(s.getStartTime(), s.getDetails().getMinutes(),
                        s.getDetails().getJoinLink(), s.getDetails().getHost(), s.getDetails().getAgenda(), s.getVersion()))
                .orElse(new SeriesView(LocalTime.of(16, 0), 30, "", "", DEFAULT_AGENDA, -1));
    }

    /** Every session, the oldest first, with its answers counted. */
    public List<SessionView> sessions() {
        callerContext.requireVendorStaff("the program review's sessions are for vendor staff");
        Map<Long, List<ProgramReviewAnswer>> answers = em.createQuery("SELECT a FROM ProgramReviewAnswer a",
                ProgramReviewAnswer.class).getResultStream().collect(Collectors.groupingBy(ProgramReviewAnswer::getSessionId));
        Map<Long, List<ResourceView>> ofSessions = resources.bySession();
        return em.createNamedQuery("ProgramReviewSession.all", ProgramReviewSession.class).getResultStream()
                .map(s -> SessionView.of(s, answers.getOrDefault(s.getId(), List.of()),
                        ofSessions.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    /**
     * Plans the series: refused, naming the field, when the time's length is not 15 to 120 minutes,
     * the join link is not an https address, the host or agenda is empty or too long, or when
     * someone saved the series since {@code expectedVersion} (-1: never). The sessions of this month
     * (when its day is still ahead) and the next months are planned or follow the new time; a session
     * moved on its own keeps its time, a held or cancelled one is left as it was.
     */
    public SeriesView saveSeries(LocalTime startTime, int minutes, String joinLink, String host, String agenda,
                                 long expectedVersion) {
        callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        if (startTime == null) {
            throw new RefusedException("Start time: enter a time of day such as 16:00.");
        }
        if (minutes < 15 || minutes > 120) {
            throw new RefusedException("Length: a program review lasts 15 to 120 minutes; " + minutes + " is not.");
        }
        String link = link("Join link", joinLink, "the webinar");
        String hostName = Inputs.filled("Host", host, 200);
        String items = Inputs.filled("Agenda", agenda, 4000);
        invitations.organizer(hostName);
        ProgramReviewDetails details = new ProgramReviewDetails(minutes, link, hostName, items);
        ProgramReviewSeries series = stored().orElse(null);
        long current = series == null ? -1 : series.getVersion();
        if (current != expectedVersion) {
            throw new RefusedException("Someone changed the program review since you opened it; reload and try again.");
        }
        if (series == null) {
            series = new ProgramReviewSeries(startTime, details);
            em.persist(series);
        } else {
            series.change(startTime, details);
        }
        Map<ProgramReviewSession, String> changed = plan(series);
        em.flush();
        Set<String> invited = AudienceService.invitedCodes(em);
        changed.forEach((session, what) -> invitations.send(session, invited, what));
        return series();
    }

    /** Moves one session (it keeps its own time from then on); refused in the past, when cancelled or stale. */
    public SessionView move(long sessionId, Instant startsAt, long expectedVersion) {
        callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        ProgramReviewSession session = upcoming(sessionId, expectedVersion);
        if (startsAt == null || !startsAt.isAfter(Instant.now())) {
            throw new RefusedException("A session is moved to a time that is still ahead.");
        }
        session.move(startsAt);
        em.flush();
        invitations.send(session, AudienceService.invitedCodes(em), "Moved");
        return SessionView.of(session, answers(em, session), List.of());
    }

    /** Cancels one session with a reason the partners read; refused without a reason, when held or stale. */
    public SessionView cancel(long sessionId, String reason, long expectedVersion) {
        callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        ProgramReviewSession session = upcoming(sessionId, expectedVersion);
        session.cancel(Instant.now(), Inputs.filled("Reason", reason, 500));
        em.flush();
        invitations.send(session, AudienceService.invitedCodes(em), "Cancelled");
        return SessionView.of(session, answers(em, session), List.of());
    }

    /**
     * Plans this month's session (when its day is ahead) and the next months', or moves them with the
     * series; the sessions new ("Invitation") or moved ("Moved"), whose people are to be told.
     */
    private Map<ProgramReviewSession, String> plan(ProgramReviewSeries series) {
        Map<ProgramReviewSession, String> changed = new LinkedHashMap<>();
        ZoneId zone = programClock.clock().zone();
        ProgramReviewDay day = programSettings.programReviewDay();
        Map<String, ProgramReviewSession> existing = em.createNamedQuery("ProgramReviewSession.all",
                ProgramReviewSession.class).getResultStream()
                .collect(Collectors.toMap(ProgramReviewSession::getMonth, Function.identity()));
        Instant now = Instant.now();
        YearMonth month = YearMonth.now(zone);
        int planned = 0;
        while (planned < MONTHS_PLANNED) {
            LocalDate date = day.in(month);
            Instant startsAt = date.atTime(series.getStartTime()).atZone(zone).toInstant();
            ProgramReviewSession session = existing.get(month.toString());
            if (startsAt.isAfter(now)) {
                if (session == null) {
                    ProgramReviewSession added = new ProgramReviewSession(month.toString(), startsAt, series);
                    em.persist(added);
                    changed.put(added, "Invitation");
                } else if (!session.isMoved() && !session.isCancelled() && session.getStartsAt().isAfter(now)
                        && session.follow(startsAt, series)) {
                    changed.put(session, "Moved");
                }
                planned++;
            }
            month = month.plusMonths(1);
        }
        return changed;
    }

    private ProgramReviewSession upcoming(long sessionId, long expectedVersion) {
        ProgramReviewSession session = notCancelled(em, sessionId);
        if (!session.getStartsAt().isAfter(Instant.now())) {
            throw new RefusedException("That session has been held; it is kept as it was.");
        }
        if (session.getVersion() != expectedVersion) {
            throw new RefusedException("Someone changed that session since you opened it; reload and try again.");
        }
        return session;
    }

    /** A session of the caller's vendor that is not cancelled: "not found" for another vendor's, refused when cancelled. */
    static ProgramReviewSession notCancelled(EntityManager em, long sessionId) {
        ProgramReviewSession session = em.find(ProgramReviewSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("program review session", sessionId);
        }
        if (session.isCancelled()) {
            throw new RefusedException("That session is cancelled: " + session.getCancelledReason());
        }
        return session;
    }

    private Optional<ProgramReviewSeries> stored() {
        return em.createNamedQuery("ProgramReviewSeries.ofVendor", ProgramReviewSeries.class).getResultStream().findFirst();
    }

    /** The partner users' answers to a session. */
    static List<ProgramReviewAnswer> answers(EntityManager em, ProgramReviewSession session) {
        return em.createNamedQuery("ProgramReviewAnswer.ofSession", ProgramReviewAnswer.class)
                .setParameter("session", session).getResultList();
    }

    /** An https address, or refused naming the field and what it is the address of. */
    static String link(String field, String typed, String of) {
        return Inputs.webAddress(field, typed, of, "https://meet.example.com/program-review", false);
    }
}
