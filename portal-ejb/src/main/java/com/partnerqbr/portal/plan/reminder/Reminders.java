package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.kernel.Batches;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Deadlines.Deadline;
import com.partnerqbr.portal.plan.recap.Recap;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.agenda.Agenda;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses.Reached;
import com.partnerqbr.portal.review.preread.PreRead;
import com.partnerqbr.portal.review.preread.PreReadOpen;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The caller's vendor's reminders that are due now, each sent once ({@link ReminderOnce}): agenda
 * and topics from 72 hours before a QBR while the agenda is not sent (to its people), the pre-read
 * from 48 hours before (to the vendor's side while unpublished; once published, to the partner's:
 * two reminders with keys of their own), "the
 * partner has not opened the pre-read" from 24 hours before (to the vendor's side), the recap
 * from the meeting's end until it is due (to the vendor's side, while unsent); the reminders of
 * the commitments ({@link CommitmentReminders}) and of definitions and disputes
 * ({@link ProgramReminders}). Deadlines count in the program's zone. A QBR's people are reached at
 * their given address or the people directory's ({@link AttendeeAddresses}). Reminders are
 * non-essential ({@link ReminderMail}): nobody who opted out or declined the kind gets one.
 */
@Stateless
public class Reminders extends ReminderSource {

    @EJB
    private ReminderOnce once;

    @EJB
    private CommitmentReminders commitments;

    @EJB
    private ProgramReminders program;

    /** Sends what is due now; @return how many reminders this run wrote (another run's are not counted). */
    public int run() {
        List<DueReminder> due = due(Instant.now());
        Set<String> before = sentBefore(due.stream().map(DueReminder::key).toList());
        int sent = 0;
        for (DueReminder d : due) {
            if (before.contains(d.key())) {
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

    /** Every reminder of the vendor due now: the QBRs', the commitments', the program's. */
    @Override
    public List<DueReminder> due(Instant now) {
        ZoneId zone = zone();
        List<DueReminder> due = new ArrayList<>();
        em.createQuery("SELECT q FROM Qbr q JOIN FETCH q.partner WHERE q.status <> :cancelled"
                        + " AND q.startsAt >= :from AND q.startsAt < :to", Qbr.class)
                .setParameter("cancelled", QbrStatus.CANCELLED)
                .setParameter("from", utc(now.minus(Duration.ofDays(3))))
                .setParameter("to", utc(now.plus(Duration.ofDays(4)))).getResultList()
                .forEach(q -> due.addAll(ofQbr(q, now, zone)));
        due.addAll(commitments.due(now));
        due.addAll(program.due(now));
        return due;
    }

    /** The keys among these that went out before (a thousand a query). */
    private Set<String> sentBefore(List<String> keys) {
        return new HashSet<>(Batches.read(keys, batch -> em.createQuery("SELECT r.reminderKey FROM SentReminder r"
                + " WHERE r.reminderKey IN :keys", String.class).setParameter("keys", batch).getResultList()));
    }

    private List<DueReminder> ofQbr(Qbr q, Instant now, ZoneId zone) {
        List<Reached> people = addresses.of(q).stream().filter(Reached::reachable).toList();
        String qbr = "the " + q.getQuarter() + " QBR of " + q.getPartner().getName() + " on "
                + Deadlines.shown(q.getStart(), zone);
        List<DueReminder> due = new ArrayList<>();
        Instant start = q.getStart();
        if (q.getStatus() == QbrStatus.SCHEDULED && now.isBefore(start)) {
            Instant agendaDue = Deadlines.due(Deadline.AGENDA, start, zone);
            Agenda agenda = first(em.createNamedQuery("Agenda.ofQbr", Agenda.class).setParameter("qbr", q)
                    .getResultList());
            if (!now.isBefore(agendaDue) && (agenda == null || agenda.getSentAt() == null)) {
                due.add(due("agenda:" + q.getId(), ReminderKind.AGENDA, people, a -> true, "Agenda and topics due: " + qbr,
                        "The agenda and both sides' topics for " + qbr + " were due "
                                + Deadlines.shown(agendaDue, zone) + ". Add your topics in the QBR's workspace."));
            }
            Instant preReadDue = Deadlines.due(Deadline.PRE_READ, start, zone);
            PreRead preRead = first(em.createNamedQuery("PreRead.ofQbr", PreRead.class).setParameter("qbr", q)
                    .getResultList());
            boolean published = preRead != null && preRead.getPublishedAt() != null;
            if (!now.isBefore(preReadDue)) {
                due.add(published
                        ? due("pre-read:" + q.getId(), ReminderKind.PRE_READ, people, a -> a.side() == Side.PARTNER,
                        "Pre-read to read: " + qbr, "The pre-read of " + qbr + " is published. Read it in the QBR's"
                                + " workspace before the meeting.")
                        : due("pre-read-unpublished:" + q.getId(), ReminderKind.PRE_READ, people,
                        a -> a.side() == Side.VENDOR,
                        "Pre-read not published: " + qbr, "The pre-read of " + qbr + " was due "
                                + Deadlines.shown(preReadDue, zone) + ". Publish it in the QBR's workspace."));
            }
            Instant openedDue = Deadlines.due(Deadline.PRE_READ_OPENED, start, zone);
            if (!now.isBefore(openedDue) && published && em.createNamedQuery("PreReadOpen.ofQbr", PreReadOpen.class)
                    .setParameter("qbr", q).getResultList().isEmpty()) {
                due.add(due("pre-read-unopened:" + q.getId(), ReminderKind.PRE_READ_UNOPENED, people,
                        a -> a.side() == Side.VENDOR,
                        "Pre-read not opened: " + qbr, "Nobody of " + q.getPartner().getName() + " has opened the"
                                + " pre-read of " + qbr + " yet. A call before the meeting helps."));
            }
        }
        Instant end = start.plus(Duration.ofMinutes(q.getMeetingMinutes()));
        Instant recapDue = Deadlines.recapDue(end, zone);
        if (!now.isBefore(end) && now.isBefore(recapDue) && em.createNamedQuery("Recap.ofQbr", Recap.class)
                .setParameter("qbr", q).getResultList().isEmpty()) {
            due.add(due("recap:" + q.getId(), ReminderKind.RECAP, people, a -> a.side() == Side.VENDOR, "Recap due: " + qbr,
                    "The recap of " + qbr + " is due by " + Deadlines.shown(recapDue, zone) + ". Review and send it"
                            + " in the QBR's workspace."));
        }
        return due;
    }

    private DueReminder due(String key, ReminderKind kind, List<Reached> people, Predicate<Reached> who,
                            String subject, String text) {
        return mail.due(key, kind, people.stream().filter(who).map(Reached::email).toList(), subject, text);
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
