package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.plan.commitment.CheckIn;
import com.partnerqbr.portal.plan.commitment.Commitment;
import com.partnerqbr.portal.plan.commitment.CommitmentFlags;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses.Reached;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reminders of the commitments of the plans in force, read-only on the plan: a check-in due at
 * the commitment's cadence to its owner ({@link ReminderRules#checkInDue}); a commitment past its
 * due date and not done, or without a check-in within its cadence ({@link CommitmentFlags}),
 * flagged once to both sides (its owner and both sides' people of the QBR that agreed the plan);
 * and each week a digest of overdue commitments to each owner. An owner is reached at the address
 * given with them, else at the people directory's for their user name. Days are the program's.
 */
@Stateless
public class CommitmentReminders extends ReminderSource {

    @Override
    public List<DueReminder> due(Instant now) {
        ZoneId zone = zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Commitment> open = em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.plan p JOIN FETCH p.partner"
                        + " JOIN FETCH p.qbr WHERE c.inForce = TRUE AND c.status IN :open ORDER BY c.id", Commitment.class)
                .setParameter("open", List.of(CommitmentStatus.OPEN, CommitmentStatus.ON_TRACK, CommitmentStatus.AT_RISK))
                .getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> lastCheckIns = lastCheckIns();
        Map<String, Person> directory = addresses.directory(open.stream().map(Commitment::getOwnerUsername).toList());
        Map<Long, List<Reached>> peopleOfPlans = addresses.of(open.stream().map(c -> c.getPlan().getQbr()).toList());
        List<DueReminder> due = new ArrayList<>();
        Map<String, List<Commitment>> overdueByOwner = new TreeMap<>();
        for (Commitment c : open) {
            String owner = owner(c, directory);
            Instant last = lastCheckIns.get(c.getItemKey());
            Instant from = last != null ? last : ReminderRules.inForceSince(c.getPlan());
            LocalDate since = from == null ? today : LocalDate.ofInstant(from, zone);
            String what = c.getPlan().getPartner().getName() + ": \"" + c.getOutcome() + "\" (owner " + c.getOwnerName()
                    + ", " + c.getSide().getLabel() + ", due " + c.getDueDate() + ")";
            if (ReminderRules.checkInDue(c.getStatus(), c.getCadence(), since, today)) {
                due.add(mail.due("check-in:" + c.getItemKey() + ":" + since, ReminderKind.CHECK_IN,
                        owner == null ? List.of() : List.of(owner), "Check-in due by "
                                + ReminderRules.checkInDay(c.getCadence(), since) + ": " + c.getPlan().getPartner().getName(),
                        "Your commitment " + what + " is due for its check-in ("
                                + c.getCadence().getLabel().toLowerCase(Locale.ROOT) + ") by "
                                + ReminderRules.checkInDay(c.getCadence(), since) + ". Record progress, status, blocker"
                                + " and next step on the partner's joint plan in the portal."));
            }
            boolean overdue = CommitmentFlags.overdue(c.getStatus(), c.getDueDate(), today);
            boolean missed = CommitmentFlags.checkInMissed(c.getStatus(), c.getCadence(), since, today);
            if (overdue || missed) {
                Set<String> bothSides = new LinkedHashSet<>();
                bothSides.add(owner);
                peopleOfPlans.get(c.getPlan().getQbr().getId()).stream().filter(Reached::reachable)
                        .forEach(r -> bothSides.add(r.email()));
                List<String> flags = CommitmentFlags.flags(c.getStatus(), c.getDueDate(), c.getCadence(), since, today);
                String subject = "Flagged: " + c.getPlan().getPartner().getName() + ", " + c.getOwnerName() + "'s"
                        + " commitment";
                if (overdue) {
                    due.add(mail.due("flag-overdue:" + c.getItemKey() + ":" + c.getDueDate(),
                            ReminderKind.COMMITMENT_FLAG, bothSides, subject, flagged(what, flags.get(0))));
                }
                if (missed) {
                    due.add(mail.due("flag-no-check-in:" + c.getItemKey() + ":" + since, ReminderKind.COMMITMENT_FLAG,
                            bothSides, subject, flagged(what, flags.get(flags.size() - 1))));
                }
            }
            if (overdue && owner != null) {
                overdueByOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(c);
            }
        }
        due.addAll(digests(overdueByOwner, today));
        return due;
    }

    private static String flagged(String what, String flag) {
        return "A commitment of the joint plan is flagged to both sides: " + what + ".\n" + flag + ".\nThe owner's"
                + " side checks in on the partner's joint plan in the portal.";
    }

    /** This week's digest of overdue commitments to each owner with an address. */
    private List<DueReminder> digests(Map<String, List<Commitment>> byOwner, LocalDate today) {
        List<DueReminder> due = new ArrayList<>();
        String week = ReminderRules.week(today);
        String vendor = outbox.vendorName(); // once: a query per owner flushed the run's whole persistence context
        byOwner.forEach((owner, items) -> {
            String lines = items.stream().map(c -> "- " + c.getPlan().getPartner().getName() + ": "
                    + c.getOutcome() + ", due " + c.getDueDate()).collect(Collectors.joining("\n"));
            String subject = items.size() + " overdue commitment" + (items.size() == 1 ? "" : "s") + " ("
                    + vendor + ")";
            due.add(mail.due("digest:" + owner + ":" + week, ReminderKind.DIGEST, List.of(owner), subject,
                    "Your commitments past their due date:\n" + lines + "\nCheck in on each in the portal."));
        });
        return due;
    }

    /** The owner's address: the one given with them, else the directory's for their user name (of their side). */
    private static String owner(Commitment c, Map<String, Person> directory) {
        return AttendeeAddresses.address(c.getSide(), c.getPlan().getPartner().getCode(), c.getOwnerEmail(),
                c.getOwnerUsername(), directory);
    }

    /** The last check-in of each commitment of the plans in force, by item key. */
    private Map<Long, Instant> lastCheckIns() {
        Map<Long, Instant> last = new HashMap<>();
        em.createQuery("SELECT ci FROM CheckIn ci WHERE ci.itemKey IN (SELECT c.itemKey FROM Commitment c"
                        + " WHERE c.inForce = TRUE)", CheckIn.class).getResultList()
                .forEach(ci -> last.merge(ci.getItemKey(), ci.getCheckedAt(), (a, b) -> a.isAfter(b) ? a : b));
        return last;
    }
}
