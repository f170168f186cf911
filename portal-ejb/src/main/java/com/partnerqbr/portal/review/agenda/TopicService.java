package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The topics each side asks a QBR to cover: up to {@value #MOST_PER_SIDE} a side, until the agenda
 * deadline (72 hours before the meeting, in the program's time zone). The vendor places each in a
 * section of the saved agenda or leaves it off; a partner topic left off is flagged on the agenda.
 */
@Stateless
public class TopicService {

    public static final int MOST_PER_SIDE = 3;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private AgendaService agendas;

    @EJB
    private ProgramClock programClock;

    /** Adds a topic for the caller's side. */
    public AgendaView propose(long qbrId, String title) {
        Qbr qbr = access.readable(qbrId);
        Side side = access.editingSide(qbr);
        AgendaService.requireNotHeld(qbr);
        String clean = Inputs.required(title, "the topic", 200);
        Instant deadline = agendas.agendaDeadline(qbr);
        if (Instant.now().isAfter(deadline)) {
            throw new RefusedException("Topics were due by " + Deadlines.shown(deadline, programClock.clock().zone())
                    + "; raise it with the QBR's organiser instead.");
        }
        long already = em.createQuery("SELECT COUNT(t) FROM Topic t WHERE t.qbr = :qbr AND t.side = :side", Long.class)
                .setParameter("qbr", qbr).setParameter("side", side).getSingleResult();
        if (already >= MOST_PER_SIDE) {
            throw new RefusedException("Each side brings up to " + MOST_PER_SIDE + " topics; the "
                    + side.getLabel().toLowerCase(java.util.Locale.ROOT) + " side has " + already + ".");
        }
        em.persist(new Topic(qbr, side, clean, access.callerName(), Instant.now()));
        em.flush();
        return agendas.agenda(qbrId);
    }

    /** Places a topic in a section of the saved agenda, or takes it off the agenda ({@code sectionId} null). */
    public AgendaView place(long topicId, Long sectionId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null) {
            throw new NotFoundException("topic", topicId);
        }
        Qbr qbr = access.readable(topic.getQbr().getId());
        access.requireVendorSide(qbr);
        AgendaService.requireNotHeld(qbr);
        AgendaSection section = null;
        if (sectionId != null) {
            section = em.find(AgendaSection.class, sectionId);
            if (section == null || !section.getAgenda().getQbr().getId().equals(qbr.getId())) {
                throw new NotFoundException("agenda section", sectionId);
            }
        }
        topic.placeIn(section);
        em.flush();
        return agendas.agenda(qbr.getId());
    }
}
