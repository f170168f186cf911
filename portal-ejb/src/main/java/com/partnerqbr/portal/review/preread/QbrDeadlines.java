package com.partnerqbr.portal.review.preread;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Deadlines.Deadline;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.agenda.Agenda;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The QBR list's deadlines: for every scheduled QBR that has not started, the agenda (72 hours
 * before) and the pre-read (48 hours before) with when each is due in the program's time zone
 * and whether it is due, on time, late or missed. Vendor staff.
 */
@Stateless
public class QbrDeadlines {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private ProgramClock programClock;

    /** One upcoming QBR with its two deadlines. */
    public record Upcoming(long qbrId, long partnerId, String partnerName, String quarter, Instant start,
                           Instant agendaDue, Deadlines.Status agenda, Instant preReadDue, Deadlines.Status preRead) {
    }

    public List<Upcoming> upcoming() {
        callerContext.requireVendorStaff("the QBR list is for vendor staff");
        ZoneId zone = programClock.clock().zone();
        Instant now = Instant.now();
        List<Qbr> qbrs = em.createQuery("SELECT q FROM Qbr q JOIN FETCH q.partner WHERE q.status ="
                + " com.partnerqbr.portal.review.QbrStatus.SCHEDULED AND q.startsAt >= :now ORDER BY q.startsAt",
                Qbr.class).setParameter("now", java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .getResultList();
        if (qbrs.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> sent = new HashMap<>();
        em.createQuery("SELECT a FROM Agenda a WHERE a.qbr IN :qbrs", Agenda.class).setParameter("qbrs", qbrs)
                .getResultList().forEach(a -> {
                    if (a.getSentAt() != null) {
                        sent.put(a.getQbr().getId(), a.getSentAt());
                    }
                });
        Map<Long, Instant> published = new HashMap<>();
        em.createQuery("SELECT p FROM PreRead p WHERE p.qbr IN :qbrs", PreRead.class).setParameter("qbrs", qbrs)
                .getResultList().forEach(p -> {
                    if (p.getPublishedAt() != null) {
                        published.put(p.getQbr().getId(), p.getPublishedAt());
                    }
                });
        return qbrs.stream().map(q -> {
            Instant agendaDue = Deadlines.due(Deadline.AGENDA, q.getStart(), zone);
            Instant preReadDue = Deadlines.due(Deadline.PRE_READ, q.getStart(), zone);
            return new Upcoming(q.getId(), q.getPartner().getId(), q.getPartner().getName(), q.getQuarter().toString(), q.getStart(),
                    agendaDue, Deadlines.status(agendaDue, sent.get(q.getId()), now), preReadDue,
                    Deadlines.status(preReadDue, published.get(q.getId()), now));
        }).toList();
    }
}
