package com.partnerqbr.portal.plan.reminder;

import static com.partnerqbr.portal.mail.MailMessage.html;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Deadlines.Deadline;
import com.partnerqbr.portal.mail.MailMessage;
import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.mail.Subscriptions;
import com.partnerqbr.portal.plan.PlanStatus;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.plan.recap.Recap;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.agenda.Agenda;
import com.partnerqbr.portal.review.attendee.Attendee;
import com.partnerqbr.portal.review.preread.PreRead;
import com.partnerqbr.portal.review.preread.PreReadOpen;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The caller's vendor's reminders that are due now, each sent once ({@link ReminderOnce}): agenda
 * and topics from 72 hours before a QBR while the agenda is not sent (to its people), the pre-read
 * from 48 hours before (to the vendor's side while unpublished, then to the partner's), "the
 * partner has not opened the pre-read" from 24 hours before (to the vendor's side), the recap
 * from the meeting's end until it is due (to the vendor's side, while unsent), and each week a
 * digest of overdue commitments to each owner with an address. Deadlines count in the program's zone.
 * Reminders are non-essential: each carries its one-click unsubscribe link, and nobody who opted out
 * gets one.
 */
@Stateless
public class Reminders {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private ProgramClock programClock;

    @EJB
    private Outbox outbox;

    @EJB
    private ReminderOnce once;

    @EJB
    private Subscriptions subscriptions;

    /** A reminder due: its key and its messages. */
    record Due(String key, List<MailMessage> messages) {
    }

    /** Sends what is due now; @return how many reminders this run wrote (another run's are not counted). */
    public int run() {
        Instant now = Instant.now();
        ZoneId zone = programClock.clock().zone();
        List<Due> due = new ArrayList<>();
        em.createQuery("SELECT q FROM Qbr q JOIN FETCH q.partner WHERE q.status <> :cancelled"
                        + " AND q.startsAt >= :from AND q.startsAt < :to", Qbr.class)
                .setParameter("cancelled", QbrStatus.CANCELLED)
                .setParameter("from", utc(now.minus(Duration.ofDays(3))))
                .setParameter("to", utc(now.plus(Duration.ofDays(4)))).getResultList()
                .forEach(q -> due.addAll(ofQbr(q, now, zone)));
        due.addAll(digests(LocalDate.ofInstant(now, zone)));
        int sent = 0;
        for (Due d : due) {
            if (d.messages().isEmpty()) {
                continue;
            }
            try {
                if (once.send(d.key(), d.messages())) {
                    sent++;
                }
            } catch (EJBException e) {
                // another run wrote the same reminder at the same moment: the key's unique index refused this one
            }
        }
        return sent;
    }

    private List<Due> ofQbr(Qbr q, Instant now, ZoneId zone) {
        List<Attendee> people = em.createNamedQuery("Attendee.ofQbr", Attendee.class).setParameter("qbr", q)
                .getResultList().stream().filter(a -> a.getEmail() != null && !a.getEmail().isBlank()).toList();
        String qbr = "the " + q.getQuarter() + " QBR of " + q.getPartner().getName() + " on "
                + Deadlines.shown(q.getStart(), zone);
        List<Due> due = new ArrayList<>();
        Instant start = q.getStart();
        if (q.getStatus() == QbrStatus.SCHEDULED && now.isBefore(start)) {
            Instant agendaDue = Deadlines.due(Deadline.AGENDA, start, zone);
            Agenda agenda = first(em.createNamedQuery("Agenda.ofQbr", Agenda.class).setParameter("qbr", q)
                    .getResultList());
            if (!now.isBefore(agendaDue) && (agenda == null || agenda.getSentAt() == null)) {
                due.add(due("agenda:" + q.getId(), people, a -> true, "Agenda and topics due: " + qbr,
                        "The agenda and both sides' topics for " + qbr + " were due "
                                + Deadlines.shown(agendaDue, zone) + ". Add your topics in the QBR's workspace."));
            }
            Instant preReadDue = Deadlines.due(Deadline.PRE_READ, start, zone);
            PreRead preRead = first(em.createNamedQuery("PreRead.ofQbr", PreRead.class).setParameter("qbr", q)
                    .getResultList());
            boolean published = preRead != null && preRead.getPublishedAt() != null;
            if (!now.isBefore(preReadDue)) {
                due.add(published
                        ? due("pre-read:" + q.getId(), people, a -> a.getSide() == Side.PARTNER,
                        "Pre-read to read: " + qbr, "The pre-read of " + qbr + " is published. Read it in the QBR's"
                                + " workspace before the meeting.")
                        : due("pre-read:" + q.getId(), people, a -> a.getSide() == Side.VENDOR,
                        "Pre-read not published: " + qbr, "The pre-read of " + qbr + " was due "
                                + Deadlines.shown(preReadDue, zone) + ". Publish it in the QBR's workspace."));
            }
            Instant openedDue = Deadlines.due(Deadline.PRE_READ_OPENED, start, zone);
            if (!now.isBefore(openedDue) && published && em.createNamedQuery("PreReadOpen.ofQbr", PreReadOpen.class)
                    .setParameter("qbr", q).getResultList().isEmpty()) {
                due.add(due("pre-read-unopened:" + q.getId(), people, a -> a.getSide() == Side.VENDOR,
                        "Pre-read not opened: " + qbr, "Nobody of " + q.getPartner().getName() + " has opened the"
                                + " pre-read of " + qbr + " yet. A call before the meeting helps."));
            }
        }
        Instant end = start.plus(Duration.ofMinutes(q.getMeetingMinutes()));
        Instant recapDue = Deadlines.recapDue(end, zone);
        if (!now.isBefore(end) && now.isBefore(recapDue) && em.createNamedQuery("Recap.ofQbr", Recap.class)
                .setParameter("qbr", q).getResultList().isEmpty()) {
            due.add(due("recap:" + q.getId(), people, a -> a.getSide() == Side.VENDOR, "Recap due: " + qbr,
                    "The recap of " + qbr + " is due by " + Deadlines.shown(recapDue, zone) + ". Review and send it"
                            + " in the QBR's workspace."));
        }
        return due;
    }

    /** This week's digest of overdue commitments to each owner with an address, in force plans only. */
    private List<Due> digests(LocalDate today) {
        List<Commitment> overdue = em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan p JOIN FETCH p.partner"
                        + " WHERE p.status = :inForce AND c.dueDate < :today AND c.status IN :open", Commitment.class)
                .setParameter("inForce", PlanStatus.IN_FORCE).setParameter("today", today)
                .setParameter("open", List.of(CommitmentStatus.OPEN, CommitmentStatus.ON_TRACK,
                        CommitmentStatus.AT_RISK)).getResultList();
        Map<String, List<Commitment>> byOwner = overdue.stream()
                .filter(c -> c.content().ownerEmail() != null && !c.content().ownerEmail().isBlank())
                .collect(Collectors.groupingBy(c -> c.content().ownerEmail(), TreeMap::new, Collectors.toList()));
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<Due> due = new ArrayList<>();
        byOwner.forEach((owner, items) -> {
            String lines = items.stream().map(c -> "- " + c.getPlan().getPartner().getName() + ": "
                    + c.content().outcome() + ", due " + c.getDueDate()).collect(Collectors.joining("\n"));
            String subject = items.size() + " overdue commitment" + (items.size() == 1 ? "" : "s") + " ("
                    + outbox.vendorName() + ")";
            due.add(new Due("digest:" + owner + ":" + week, message(owner, subject,
                    "Your commitments past their due date:\n" + lines + "\nCheck in on each in the portal.")));
        });
        return due;
    }

    private Due due(String key, List<Attendee> people, Predicate<Attendee> who, String subject, String text) {
        return new Due(key, people.stream().filter(who).map(Attendee::getEmail).distinct()
                .flatMap(address -> message(address, subject, text).stream()).toList());
    }

    /** A reminder to one person, with their one-click unsubscribe link; none to a person who opted out. */
    private List<MailMessage> message(String to, String subject, String text) {
        if (!subscriptions.receives(to)) {
            return List.of();
        }
        String unsubscribe = subscriptions.unsubscribeLink(to);
        return List.of(new MailMessage(to, null, subject, text + "\n\nNo more reminders: " + unsubscribe + "\n",
                "<p>" + html(text).replace("\n", "<br>") + "</p><p><a href=\"" + html(unsubscribe)
                        + "\">No more reminders</a></p>", List.of(), unsubscribe));
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
