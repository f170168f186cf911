package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.tail.ProgramReviewResources.ResourceView;
import com.partnerqbr.portal.tail.ProgramReviewService.SessionView;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The program review as an invited partner's users see it: the next session, to register for or
 * decline, and the sessions held, with their resources. A partner that is not invited finds no
 * session; another vendor's session: "not found".
 */
@Stateless
public class RegistrationService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private ProgramReviewResources resources;

    /** The next session as a partner user reads it, with the user's own answer (null: none yet). */
    public record InvitedSession(SessionView session, Boolean registered) {
    }

    /** The next session for the calling partner user's partner, if it is invited. */
    public Optional<InvitedSession> ownNext() {
        Caller caller = callerContext.current();
        Partner own = partners.ownPartner();
        if (!AudienceService.isInvited(em, own)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ProgramReviewSession.next", ProgramReviewSession.class)
                .setParameter("after", Instant.now()).setMaxResults(1).getResultStream().findFirst()
                .map(s -> new InvitedSession(SessionView.of(s, ProgramReviewService.answers(em, s),
                        resources.bySession().getOrDefault(s.getId(), List.of())),
                        ownAnswer(s, caller).map(ProgramReviewAnswer::isRegistered).orElse(null)));
    }

    /**
     * The sessions held (not cancelled) for the calling partner user's partner, if it is invited:
     * the newest first, at most six, each with its resources and recording.
     */
    public List<SessionView> ownPast() {
        Partner own = partners.ownPartner();
        if (!AudienceService.isInvited(em, own)) {
            return List.of();
        }
        Map<Long, List<ResourceView>> ofSessions = resources.bySession();
        Instant now = Instant.now();
        return em.createNamedQuery("ProgramReviewSession.all", ProgramReviewSession.class).getResultStream()
                .filter(s -> !s.isCancelled() && s.getStartsAt().isBefore(now))
                .sorted((a, b) -> b.getStartsAt().compareTo(a.getStartsAt())).limit(6)
                .map(s -> SessionView.of(s, List.of(), ofSessions.getOrDefault(s.getId(), List.of()))).toList();
    }

    /**
     * Registers the calling partner user for a session, or declines it; the latest answer counts.
     * A session of another vendor, one its partner is not invited to, a held or cancelled one: "not found".
     */
    public InvitedSession answer(long sessionId, boolean register) {
        Caller caller = callerContext.require(Permission.ANSWER_PROGRAM_REVIEW);
        Partner own = partners.ownPartner();
        ProgramReviewSession session = em.find(ProgramReviewSession.class, sessionId);
        if (session == null || session.isCancelled() || !session.getStartsAt().isAfter(Instant.now())
                || !AudienceService.isInvited(em, own)) {
            throw new NotFoundException("program review session", sessionId);
        }
        ProgramReviewAnswer answer = ownAnswer(session, caller).orElse(null);
        if (answer == null) {
            answer = new ProgramReviewAnswer(session, own, caller.name());
            em.persist(answer);
        }
        answer.answer(register, Instant.now());
        em.flush();
        return new InvitedSession(SessionView.of(session, ProgramReviewService.answers(em, session), List.of()),
                register);
    }

    private Optional<ProgramReviewAnswer> ownAnswer(ProgramReviewSession session, Caller caller) {
        return em.createNamedQuery("ProgramReviewAnswer.ofUser", ProgramReviewAnswer.class).setParameter("session", session)
                .setParameter("username", caller.name()).getResultStream().findFirst();
    }
}
