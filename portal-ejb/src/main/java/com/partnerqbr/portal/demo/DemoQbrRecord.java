package com.partnerqbr.portal.demo;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.agenda.Agenda;
import com.partnerqbr.portal.review.agenda.AgendaSection;
import com.partnerqbr.portal.review.agenda.AgendaSectionPlan;
import com.partnerqbr.portal.review.agenda.AgendaTemplates;
import com.partnerqbr.portal.review.agenda.SectionKind;
import com.partnerqbr.portal.review.agenda.Topic;
import com.partnerqbr.portal.review.attendee.Attendee;
import com.partnerqbr.portal.review.feedback.Feedback;
import com.partnerqbr.portal.review.healthcheck.HealthCheck;
import com.partnerqbr.portal.review.meeting.Decision;
import com.partnerqbr.portal.review.meeting.Note;
import com.partnerqbr.portal.review.pipeline.HelpNeeded;
import com.partnerqbr.portal.review.pipeline.PipelineLine;
import com.partnerqbr.portal.review.preread.PreRead;
import com.partnerqbr.portal.review.preread.PreReadOpen;
import com.partnerqbr.portal.review.winloss.WinLossItem;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Brightpath's held QBR of the previous quarter with its full record, written as records (the
 * services keep a held QBR's record to amendments): both sides' people and who attended, the
 * agenda it ran, a partner topic, notes and decisions, the biggest wins and losses, the pipeline
 * review of its largest open deals, the partner's feedback and a health check with a gap.
 */
@Stateless
public class DemoQbrRecord {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Writes the record in a transaction of its own; returns the held QBR's id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long heldRecord(String partnerCode, Quarter quarter) {
        Partner partner = em.createNamedQuery("Partner.byCode", Partner.class).setParameter("code", partnerCode)
                .getSingleResult();
        Qbr qbr = em.createNamedQuery("Qbr.ofPartner", Qbr.class).setParameter("partner", partner).getResultList()
                .stream().filter(q -> q.getQuarter().equals(quarter) && q.getStatus() == QbrStatus.HELD).findFirst()
                .orElseGet(() -> {
                    LocalDateTime at = quarter.lastDay().minusDays(8).atTime(16, 0);
                    Qbr held = new Qbr(partner, quarter, at, 60, "60-minute QBR with executive sponsors of both sides,"
                            + " quarterly", "max", at.minusDays(21).toInstant(ZoneOffset.UTC));
                    held.held(at.plusHours(1).toInstant(ZoneOffset.UTC));
                    em.persist(held);
                    return held;
                });
        Instant start = qbr.getStart();
        attendee(qbr, Side.VENDOR, "Max Miller", "max", "Partner manager", true, false, true);
        attendee(qbr, Side.VENDOR, "Erin Evans", "erin", "VP Channels", true, true, true);
        attendee(qbr, Side.PARTNER, "Paula Park", "paula", "Alliance manager", true, false, true);
        attendee(qbr, Side.PARTNER, "Sam Stone", "sam", "Account executive", false, false, false);

        Agenda agenda = new Agenda(qbr, "max", start.minus(Duration.ofDays(6)));
        agenda.sent(start.minus(Duration.ofDays(5)));
        em.persist(agenda);
        List<AgendaSectionPlan> plan = AgendaTemplates.of(qbr.getMeetingMinutes());
        Instant clock = start;
        AgendaSection pipelineSection = null;
        for (int i = 0; i < plan.size(); i++) {
            AgendaSectionPlan p = plan.get(i);
            AgendaSection section = new AgendaSection(agenda, p.at(i + 1));
            section.start(clock);
            clock = clock.plus(Duration.ofMinutes(p.minutes() + (p.kind() == SectionKind.PIPELINE ? 4 : 0)));
            section.end(clock);
            agenda.getSections().add(section);
            if (p.kind() == SectionKind.PIPELINE) {
                pipelineSection = section;
            }
        }
        Topic topic = new Topic(qbr, Side.PARTNER, "Deal registration takes a week to approve", "paula",
                start.minus(Duration.ofDays(4)));
        topic.placeIn(pipelineSection);
        em.persist(topic);
        em.flush();

        Note note = new Note(qbr, pipelineSection, Side.PARTNER, "paula", "Registrations wait 6 days on average;"
                + " Acme approves within 48 hours from now on.", start.plus(Duration.ofMinutes(30)));
        em.persist(note);
        em.persist(new Decision(qbr, note.getText(), "Erin Evans", Side.VENDOR, note, "max",
                start.plus(Duration.ofMinutes(31))));
        em.persist(new Decision(qbr, "Brightpath certifies two more engineers before the next QBR.", "Paula Park",
                Side.PARTNER, null, "max", start.plus(Duration.ofMinutes(50))));

        List<Deal> closed = em.createQuery("SELECT d FROM Deal d WHERE d.partner = :partner AND d.stage IN :stages"
                        + " AND d.closedOn BETWEEN :first AND :last", Deal.class).setParameter("partner", partner)
                .setParameter("stages", List.of(DealStage.WON, DealStage.LOST))
                .setParameter("first", quarter.firstDay()).setParameter("last", quarter.lastDay()).getResultList();
        closed.stream().filter(d -> d.getStage() == DealStage.WON).sorted(Comparator.comparing(Deal::getAmount)
                .reversed()).limit(3).forEach(d -> {
                    WinLossItem win = new WinLossItem(qbr, d.getId(), true, d.getCustomer(), d.getAmount(), null);
                    win.reviewWin("A joint demo with Acme's solution engineer in the first week.", true);
                    em.persist(win);
                });
        closed.stream().filter(d -> d.getStage() == DealStage.LOST).sorted(Comparator.comparing(Deal::getAmount)
                .reversed()).limit(3).forEach(d -> {
                    WinLossItem loss = new WinLossItem(qbr, d.getId(), false, d.getCustomer(), d.getAmount(),
                            d.getLossReason());
                    loss.reviewLoss(d.getLossReason() == null ? LossReason.OTHER : d.getLossReason(),
                            "The quote came back after the customer's budget meeting.");
                    em.persist(loss);
                });
        em.createQuery("SELECT d FROM Deal d WHERE d.partner = :partner AND d.stage NOT IN :closed"
                        + " ORDER BY d.amount DESC", Deal.class).setParameter("partner", partner)
                .setParameter("closed", List.of(DealStage.WON, DealStage.LOST)).setMaxResults(2).getResultList()
                .forEach(d -> {
                    PipelineLine line = new PipelineLine(qbr, d);
                    line.review("Waiting for the customer's security review", HelpNeeded.SE_SUPPORT,
                            "Acme's SE joins the security call", "Paula Park");
                    em.persist(line);
                });

        Feedback feedback = new Feedback(qbr);
        feedback.answer("Route the inbound leads from our region to us, not to the nearest reseller.", "Lead routing");
        feedback.respond("We are looking at the routing rules with marketing.", false);
        em.persist(feedback);
        health(qbr, Side.VENDOR, new int[] {4, 4, 4, 3}, "max", start);
        health(qbr, Side.PARTNER, new int[] {3, 2, 4, 3}, "paula", start);

        PreRead preRead = new PreRead(qbr);
        preRead.write("Does Acme fund a joint event in the next quarter?", "Win rate back above 30%; two more certified"
                + " engineers.");
        preRead.publish("max", start.minus(Duration.ofDays(3)), "Win rate fell; four deals are stuck.");
        em.persist(preRead);
        em.persist(new PreReadOpen(qbr, "paula", start.minus(Duration.ofDays(2))));
        return qbr.getId();
    }

    private void attendee(Qbr qbr, Side side, String name, String user, String title, boolean decides,
                          boolean sponsors, boolean attended) {
        Attendee a = new Attendee(qbr, side, name, user + "@" + (side == Side.VENDOR ? "acme" : "brightpath")
                + ".example", user, title, decides, sponsors);
        a.attended(attended);
        em.persist(a);
    }

    private void health(Qbr qbr, Side side, int[] ratings, String by, Instant start) {
        HealthCheck check = new HealthCheck(qbr, side);
        check.answer(ratings, by, start.minus(Duration.ofDays(1)));
        em.persist(check);
    }
}
