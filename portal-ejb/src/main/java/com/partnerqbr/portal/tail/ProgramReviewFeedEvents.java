package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.calendar.Feed.Event;
import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.plan.feed.FeedEvents;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The program review sessions in a partner user's calendar feed: when their partner is invited
 * now, every session not cancelled from 100 days back, under the UID of its calendar invitation
 * (so a calendar holding both shows one event). Vendor staff's feeds have none.
 */
@Stateless
public class ProgramReviewFeedEvents implements FeedEvents {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private Outbox outbox;

    @Override
    public List<Event> of(Person person) {
        if (person.getPartnerCode() == null) {
            return List.of();
        }
        Partner partner = em.createNamedQuery("Partner.byCode", Partner.class)
                .setParameter("code", person.getPartnerCode()).getResultStream().findFirst().orElse(null);
        if (partner == null || !AudienceService.isInvited(em, partner)) {
            return List.of();
        }
        Instant from = Instant.now().minus(Duration.ofDays(100));
        String vendor = callerContext.current().vendorCode();
        String vendorName = outbox.vendorName();
        return em.createNamedQuery("ProgramReviewSession.all", ProgramReviewSession.class).getResultStream()
                .filter(s -> !s.isCancelled() && !s.getStartsAt().isBefore(from))
                .map(s -> event(s, vendor, vendorName)).toList();
    }

    private static Event event(ProgramReviewSession session, String vendor, String vendorName) {
        ProgramReviewDetails d = session.getDetails();
        return Event.meeting(ProgramReviewInvitations.uid(session, vendor),
                ProgramReviewInvitations.summary(session, vendorName),
                "Hosted by " + d.getHost() + ". Join: " + d.getJoinLink() + "\n\n" + d.getAgenda(),
                session.getStartsAt(), Duration.ofMinutes(d.getMinutes()));
    }
}
