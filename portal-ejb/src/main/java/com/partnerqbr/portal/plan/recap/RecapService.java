package com.partnerqbr.portal.plan.recap;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.mail.MailMessage;
import com.partnerqbr.portal.mail.MailMessage.Attachment;
import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.JointPlan;
import com.partnerqbr.portal.plan.JointPlanService;
import com.partnerqbr.portal.plan.recap.RecapContent.BetLine;
import com.partnerqbr.portal.plan.recap.RecapContent.CommitmentLine;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrRules.Next;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses.Reached;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.review.attendee.AttendeeService.AttendeeView;
import com.partnerqbr.portal.review.feedback.FeedbackService;
import com.partnerqbr.portal.review.feedback.FeedbackService.FeedbackView;
import com.partnerqbr.portal.review.healthcheck.HealthCheckService;
import com.partnerqbr.portal.review.meeting.Amendments;
import com.partnerqbr.portal.review.meeting.Amendments.AmendmentView;
import com.partnerqbr.portal.review.meeting.MeetingService;
import com.partnerqbr.portal.review.preread.PreReadService;
import com.partnerqbr.portal.review.preread.PreReadView;
import com.partnerqbr.portal.scorecard.FigureFormat;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A held QBR's recap: generated from its record for the vendor to review, sent by the vendor to
 * every attendee of both sides through the outbox (the HTML mail with its plain text and the PDF),
 * then kept as sent, for both sides to read in the QBR's history; what the record gains after it
 * is shown as amendments since the recap. Its deadline is 24 hours after the meeting
 * ({@link Deadlines#recapDue}): on time, late or missed.
 */
@Stateless
public class RecapService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private QbrService qbrs;

    @EJB
    private ProgramClock programClock;

    @EJB
    private PreReadService preReads;

    @EJB
    private MeetingService meeting;

    @EJB
    private AttendeeService attendees;

    @EJB
    private AttendeeAddresses addresses;

    @EJB
    private FeedbackService feedback;

    @EJB
    private HealthCheckService healthChecks;

    @EJB
    private JointPlanService plans;

    @EJB
    private Amendments amendments;

    @EJB
    private Outbox outbox;

    @EJB
    private PartnerService partners;

    @Inject
    private CallerContext callerContext;

    /**
     * A QBR's recap as the workspace shows it: the deadline and its status (null before the meeting
     * and for a cancelled QBR); sent, the stored recap; not sent, the draft (vendor staff only,
     * null for the partner's people and before the QBR is held).
     */
    public record RecapView(long qbrId, Instant due, Deadlines.Status status, boolean sent, String sentBy,
                            Instant sentAt, String subject, String textBody, List<String> recipients,
                            List<String> notReached, List<AmendmentView> amendedSince, boolean maySend) {
    }

    /** A QBR of the last weeks and where its recap stands, for the vendor's QBR list. */
    public record RecapLine(long qbrId, String partnerName, Quarter quarter, Instant start, Instant due,
                            Deadlines.Status status) {
    }

    /** The QBRs that started in the last 35 days (not cancelled), newest first, with their recap's status (vendor staff). */
    public List<RecapLine> recent() {
        callerContext.requireVendorStaff("the program's QBR list is for vendor staff");
        Instant now = Instant.now();
        List<Qbr> started = em.createQuery("SELECT q FROM Qbr q JOIN FETCH q.partner"
                        + " WHERE q.status <> com.partnerqbr.portal.review.QbrStatus.CANCELLED"
                        + " AND q.startsAt >= :from AND q.startsAt < :to ORDER BY q.startsAt DESC", Qbr.class)
                .setParameter("from", LocalDateTime.ofInstant(now.minus(Duration.ofDays(35)), ZoneOffset.UTC))
                .setParameter("to", LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
        Map<Long, Deadlines.Status> statuses = statuses(started.stream().map(Qbr::getId).toList());
        return started.stream().map(q -> new RecapLine(q.getId(), q.getPartner().getName(), q.getQuarter(), q.getStart(),
                due(q), statuses.get(q.getId()))).toList();
    }

    public RecapView recap(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        Recap sent = stored(qbr);
        Instant due = due(qbr);
        Deadlines.Status status = status(qbr, sent == null ? null : sent.getSentAt(), Instant.now());
        if (sent != null) {
            return new RecapView(qbrId, due, status, true, sent.getSentBy(), sent.getSentAt(), sent.getSubject(),
                    sent.getTextBody(), lines(sent.getRecipients()), lines(sent.getNotReached()),
                    amendments.of(qbr).stream().filter(a -> a.madeAt().isAfter(sent.getSentAt())).toList(), false);
        }
        if (qbr.getStatus() != QbrStatus.HELD || access.callerIsPartnerUser()) {
            return new RecapView(qbrId, due, status, false, null, null, null, null, List.of(), List.of(), List.of(),
                    false);
        }
        RecapContent content = content(qbr);
        List<Reached> people = addresses.of(qbr);
        return new RecapView(qbrId, due, status, false, null, null, RecapDocument.subject(content),
                RecapDocument.textBody(content), addresses(people), unreachable(people), List.of(),
                access.mayEdit(qbrId).filter(side -> side == Side.VENDOR)
                        .isPresent());
    }

    /**
     * Sends the recap to every attendee of both sides with an e-mail address, given or from the people
     * directory ({@link AttendeeAddresses}; the PDF attached), and
     * keeps it as sent. Refused before the QBR is held and once it was sent.
     */
    public RecapView send(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        access.requireVendorSide(qbr);
        if (qbr.getStatus() != QbrStatus.HELD) {
            throw new RefusedException("The QBR is not marked held yet: mark it held with who attended, then send"
                    + " its recap.");
        }
        Recap earlier = stored(qbr);
        if (earlier != null) {
            throw new RefusedException("The recap was sent already, by " + earlier.getSentBy() + " on "
                    + Deadlines.shown(earlier.getSentAt(), zone()) + "; corrections of the record are kept as"
                    + " amendments.");
        }
        List<Reached> people = addresses.of(qbr);
        List<String> to = addresses(people);
        if (to.isEmpty()) {
            throw new RefusedException("No attendee has an e-mail address: add the attendees' addresses, then send"
                    + " the recap.");
        }
        RecapContent content = content(qbr);
        String subject = RecapDocument.subject(content);
        String text = RecapDocument.textBody(content);
        String html = RecapDocument.htmlBody(content);
        byte[] pdf = RecapDocument.pdf(content);
        em.persist(new Recap(qbr, access.callerName(), Instant.now(), subject, text, html, pdf, String.join("\n", to),
                String.join("\n", unreachable(people))));
        Attachment file = new Attachment(fileName(qbr), "application/pdf", pdf);
        for (String address : to) {
            outbox.send(new MailMessage(address, null, subject, text, html, List.of(file)));
        }
        em.flush();
        return recap(qbrId);
    }

    /** The recap's PDF: as sent, or the vendor's draft of a held QBR; "not found" otherwise. */
    public byte[] pdf(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        Recap sent = stored(qbr);
        if (sent != null) {
            return sent.getPdf();
        }
        if (qbr.getStatus() != QbrStatus.HELD || access.callerIsPartnerUser()) {
            throw new NotFoundException("recap of QBR", qbrId);
        }
        return RecapDocument.pdf(content(qbr));
    }

    /** "recap-alpha-2026-Q4.pdf". */
    public String fileName(long qbrId) {
        return fileName(access.readable(qbrId));
    }

    /**
     * The recap status of each listed QBR the caller may read that has one (lists of QBRs show it
     * beside each); a partner user's list holds its own partner's only.
     */
    public Map<Long, Deadlines.Status> statuses(List<Long> qbrIds) {
        Map<Long, Deadlines.Status> statuses = new HashMap<>();
        if (qbrIds.isEmpty()) {
            return statuses;
        }
        Map<Long, Instant> sent = new HashMap<>();
        em.createNamedQuery("Recap.sentOf", Object[].class).setParameter("qbrs", qbrIds).getResultList()
                .forEach(row -> sent.put((Long) row[0], (Instant) row[1]));
        Instant now = Instant.now();
        Long own = access.callerIsPartnerUser() ? partners.ownPartner().getId() : null;
        em.createQuery("SELECT q FROM Qbr q WHERE q.id IN :qbrs", Qbr.class).setParameter("qbrs", qbrIds)
                .getResultList().stream().filter(q -> own == null || own.equals(q.getPartner().getId())).forEach(q -> {
                    Deadlines.Status status = status(q, sent.get(q.getId()), now);
                    if (status != null) {
                        statuses.put(q.getId(), status);
                    }
                });
        return statuses;
    }

    private Deadlines.Status status(Qbr qbr, Instant sentAt, Instant now) {
        if (qbr.getStatus() == QbrStatus.CANCELLED || qbr.getStart().isAfter(now)) {
            return null;
        }
        return Deadlines.status(due(qbr), sentAt, now);
    }

    private Instant due(Qbr qbr) {
        return Deadlines.recapDue(qbr.getStart().plus(Duration.ofMinutes(qbr.getMeetingMinutes())), zone());
    }

    private RecapContent content(Qbr qbr) {
        long qbrId = qbr.getId();
        PreReadView preRead = preReads.preRead(qbrId);
        List<AttendeeView> people = attendees.attendees(qbrId).people();
        List<JointPlan> versions = plans.versionsOf(qbr);
        JointPlan plan = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        List<CommitmentLine> commitments = plan == null ? List.of() : plans.commitments(plan).stream()
                .map(c -> c.content()).map(c -> new CommitmentLine(c.side().getLabel(), c.ownerName(), c.outcome(),
                        c.dueDate().toString())).toList();
        List<BetLine> bets = plan == null ? List.of() : plans.bets(plan).stream().map(b -> b.content())
                .map(b -> new BetLine(b.title(), b.metric().getLabel(), "target " + FigureFormat.format(
                        b.metric().getUnit(), b.target(), preRead.currency()), b.vendorCommitment(),
                        b.partnerCommitment())).toList();
        FeedbackView said = feedback.view(qbrId);
        List<String> gaps = healthChecks.view(qbrId).gaps().stream().filter(g -> g.gap() > 0)
                .map(g -> g.question().getLabel() + ": vendor " + g.vendor() + ", partner " + g.partner() + " (gap "
                        + g.gap() + (g.flagged() ? ", flagged" : "") + ", " + g.trend() + ")").toList();
        return new RecapContent(outbox.vendorName(), qbr.getPartner().getName(), qbr.getQuarter(), qbr.getStart(),
                zone(), people.stream().filter(a -> Boolean.TRUE.equals(a.attended()))
                .map(a -> a.name() + " (" + a.side().getLabel() + ")").toList(),
                preRead.scorecard() == null ? List.of() : preRead.scorecard().figures(),
                meeting.record(qbrId).decisions().stream().map(d -> d.text() + " (" + d.decidedBy() + ", "
                        + d.side().getLabel() + ")").toList(), commitments, bets,
                said.answer() == null ? null : said.theme() + ": " + said.answer(), said.vendorResponse(), gaps,
                next(qbr));
    }

    private String next(Qbr qbr) {
        Next next = qbrs.next(qbr.getPartner().getId());
        if (next.scheduledFor() != null) {
            return "Scheduled for " + Deadlines.shown(next.scheduledFor().toInstant(ZoneOffset.UTC), zone())
                    + ".";
        }
        return "Not scheduled yet; due by " + next.dueBy() + ".";
    }

    private Recap stored(Qbr qbr) {
        return em.createNamedQuery("Recap.ofQbr", Recap.class).setParameter("qbr", qbr).getResultStream().findFirst()
                .orElse(null);
    }

    private ZoneId zone() {
        return programClock.clock().zone();
    }

    private static String fileName(Qbr qbr) {
        return "recap-" + qbr.getPartner().getCode() + "-" + qbr.getQuarter() + ".pdf";
    }

    private static List<String> addresses(List<Reached> people) {
        return people.stream().filter(Reached::reachable).map(Reached::email).distinct().toList();
    }

    private static List<String> unreachable(List<Reached> people) {
        return people.stream().filter(a -> !a.reachable())
                .map(a -> a.name() + " (" + a.side().getLabel() + ", no e-mail address)").toList();
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\n")).collect(Collectors.toList());
    }
}
