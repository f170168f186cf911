package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.people.PersonStatus;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses;
import com.partnerqbr.portal.scorecard.definition.MetricDefinition;
import com.partnerqbr.portal.scorecard.dispute.Dispute;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reminders of the program's facts: the newest version of a metric definition that a partner
 * has not answered for a week ({@link ReminderRules#DEFINITION_WAIT}), once per partner and set of
 * waiting versions, to that partner's admins of the people directory; and a questioned figure open
 * for more than 14 days, once, to the vendor's admins' address and the person who raised it.
 */
@Stateless
public class ProgramReminders extends ReminderSource {

    @Override
    public List<DueReminder> due(Instant now) {
        List<DueReminder> due = new ArrayList<>(definitions(now));
        due.addAll(disputes(now));
        return due;
    }

    private List<DueReminder> definitions(Instant now) {
        List<MetricDefinition> waiting = em.createQuery("SELECT d FROM MetricDefinition d WHERE d.definitionVersion > 1"
                        + " AND d.definitionVersion = (SELECT MAX(n.definitionVersion) FROM MetricDefinition n"
                        + " WHERE n.metric = d.metric) ORDER BY d.metric", MetricDefinition.class).getResultList()
                .stream().filter(d -> ReminderRules.definitionWaitedLongEnough(d.getPublishedAt(), now)).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Partner, List<MetricDefinition>> unanswered = new LinkedHashMap<>();
        for (MetricDefinition d : waiting) {
            em.createQuery("SELECT p FROM Partner p WHERE p.archivedAt IS NULL AND NOT EXISTS (SELECT a FROM"
                            + " DefinitionAgreement a WHERE a.partner = p AND a.definition = :d) ORDER BY p.id", Partner.class)
                    .setParameter("d", d).getResultList()
                    .forEach(p -> unanswered.computeIfAbsent(p, x -> new ArrayList<>()).add(d));
        }
        Map<String, List<String>> admins = em.createQuery("SELECT p FROM Person p WHERE p.role = :role"
                        + " AND p.status = :active AND p.email IS NOT NULL", Person.class)
                .setParameter("role", Role.PARTNER_ADMIN.roleName()).setParameter("active", PersonStatus.ACTIVE)
                .getResultList().stream().filter(p -> p.getPartnerCode() != null)
                .collect(Collectors.groupingBy(Person::getPartnerCode,
                        Collectors.mapping(Person::getEmail, Collectors.toList())));
        ZoneId zone = zone();
        String vendor = outbox.vendorName();
        List<DueReminder> due = new ArrayList<>();
        unanswered.forEach((partner, definitions) -> {
            List<String> to = admins.getOrDefault(partner.getCode(), List.of());
            if (to.isEmpty()) {
                return;
            }
            String lines = definitions.stream().map(d -> "- " + d.getName() + ", version " + d.getDefinitionVersion()
                    + ", published " + Deadlines.shown(d.getPublishedAt(), zone) + ": " + d.getChangeNote())
                    .collect(Collectors.joining("\n"));
            due.add(mail.due("definitions:" + partner.getId() + ":" + definitions.stream()
                            .map(d -> String.valueOf(d.getId())).collect(Collectors.joining("-")), ReminderKind.DEFINITION,
                    to, (definitions.size() == 1 ? "A metric definition waits" : definitions.size()
                            + " metric definitions wait") + " for " + partner.getName() + "'s answer ("
                            + vendor + ")",
                    vendor + " changed how these figures are defined; they apply to " + partner.getName()
                            + "'s scorecards once you agree:\n" + lines + "\nAgree or ask a question on the"
                            + " Definitions page of the portal."));
        });
        return due;
    }

    private List<DueReminder> disputes(Instant now) {
        List<Dispute> open = em.createQuery("SELECT d FROM Dispute d JOIN FETCH d.partner JOIN FETCH d.figure f"
                        + " JOIN FETCH f.scorecard WHERE d.resolvedAt IS NULL AND d.raisedAt < :before ORDER BY d.id",
                        Dispute.class).setParameter("before", now.minus(ReminderRules.DISPUTE_OPEN)).getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Person> directory = addresses.directory(open.stream().map(Dispute::getRaisedBy).toList());
        Optional<String> admins = outbox.vendorAdminAddress();
        ZoneId zone = zone();
        return open.stream().filter(d -> ReminderRules.disputeOpenTooLong(d.getRaisedAt(), now)).map(d -> {
            List<String> to = new ArrayList<>();
            admins.ifPresent(to::add);
            to.add(AttendeeAddresses.address(d.getRaisedBySide(), d.getPartner().getCode(), null, d.getRaisedBy(),
                    directory));
            String figure = d.getFigure().getMetric().getLabel() + " of " + d.getFigure().getScorecard().getQuarter();
            return mail.due("dispute:" + d.getId(), ReminderKind.DISPUTE, to, "Open for "
                            + d.age(now).toDays() + " days: " + d.getPartner().getName() + " questions " + figure,
                    d.getPartner().getName() + "'s question about " + figure + ", raised by " + d.getRaisedBy()
                            + " on " + Deadlines.shown(d.getRaisedAt(), zone) + " (\"" + d.getComment()
                            + "\"), is still open after " + d.age(now).toDays() + " days. Resolve it with a note on"
                            + " the Disputes page of the portal.");
        }).toList();
    }
}
