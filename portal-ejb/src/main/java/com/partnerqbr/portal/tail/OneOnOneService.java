package com.partnerqbr.portal.tail;

import static com.partnerqbr.portal.mail.MailMessage.html;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.mail.MailMessage;
import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrView;
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
import java.time.LocalDateTime;
import java.util.List;

/**
 * 1:1 requests (DOMAIN.md): a tail partner's admin asks for a review of its own, with a reason, one
 * waiting at a time; vendor staff see the waiting ones oldest first and accept one (a QBR is
 * scheduled, in the growth format unless they choose another) or decline it with a reply. The
 * vendor's admins are told of a new request, the partner's admin of the answer, by mail.
 */
@Stateless
public class OneOnOneService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @EJB
    private QbrService qbrs;

    @EJB
    private Outbox outbox;

    @EJB
    private ProgramClock programClock;

    /** A request as both sides read it. */
    public record RequestView(long id, long version, long partnerId, String partnerName, String requestedBy,
                              Instant requestedAt, String request, OneOnOneRequest.Status status, String decidedBy,
                              Instant decidedAt, String reply, LocalDateTime qbrStartsAt) {
    }

    /**
     * Asks for a 1:1: refused without a reason or with one over 1,000 characters, when the partner
     * already has a request waiting, and when its segment is reviewed by QBRs already.
     */
    public RequestView request(String reason) {
        Caller caller = callerContext.require(Permission.REQUEST_ONE_ON_ONE);
        Partner own = partners.ownPartner();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new RefusedException("Say what you would like to review (1 to 1,000 characters).");
        }
        if (!CohortService.inTailNow(em, own).getOrDefault(own.getCode(), true)) {
            throw new RefusedException(own.getName() + " has QBRs with the vendor already: raise it at the next one.");
        }
        em.createNamedQuery("OneOnOneRequest.ofPartner", OneOnOneRequest.class).setParameter("partner", own)
                .getResultStream().filter(r -> r.getStatus() == OneOnOneRequest.Status.WAITING).findFirst()
                .ifPresent(r -> {
                    throw new RefusedException("Your request of " + Deadlines.shown(r.getRequestedAt(),
                            programClock.viewerZone()) + " is still waiting for the vendor's answer.");
                });
        OneOnOneRequest request = new OneOnOneRequest(own, caller.name(), Instant.now(), text);
        em.persist(request);
        em.flush();
        outbox.vendorAdminAddress().ifPresent(address -> outbox.send(new MailMessage(address, caller.email(),
                "1:1 request: " + own.getName(), own.getName() + " asks for a 1:1 review:\n\n" + text + "\n",
                "<p>" + html(own.getName()) + " asks for a 1:1 review:</p><p>" + html(text) + "</p>")));
        return view(request, List.of());
    }

    /** The calling partner user's partner's requests, the newest first. */
    public List<RequestView> ownRequests() {
        Partner own = partners.ownPartner();
        List<QbrView> ownQbrs = qbrs.ownQbrs();
        return em.createNamedQuery("OneOnOneRequest.ofPartner", OneOnOneRequest.class).setParameter("partner", own)
                .getResultStream().map(r -> view(r, ownQbrs)).toList();
    }

    /** The requests waiting for an answer, the oldest first. */
    public List<RequestView> queue() {
        callerContext.requireVendorStaff("the 1:1 requests are for vendor staff");
        return em.createNamedQuery("OneOnOneRequest.queue", OneOnOneRequest.class).getResultStream()
                .map(r -> view(r, List.of())).toList();
    }

    /** The requests answered, the latest answer first, at most 20. */
    public List<RequestView> answered() {
        callerContext.requireVendorStaff("the 1:1 requests are for vendor staff");
        return em.createNamedQuery("OneOnOneRequest.decided", OneOnOneRequest.class).setMaxResults(20)
                .getResultStream().map(r -> view(r, r.getQbrId() == null ? List.of() : qbrs.qbrsOf(r.getPartner().getId())))
                .toList();
    }

    /** Accepts a waiting request: a QBR of the current quarter at the start given (UTC), in the format of {@code formatOf}. */
    public RequestView accept(long requestId, LocalDateTime startsAt, Segment formatOf, long expectedVersion) {
        Caller caller = callerContext.require(Permission.SCHEDULE_QBR);
        OneOnOneRequest request = waiting(requestId, expectedVersion);
        QbrView scheduled = qbrs.scheduleRequested(request.getPartner().getId(), ProgramCalendar.currentQuarter(),
                startsAt, formatOf == null ? Segment.GROWTH : formatOf);
        request.accept(scheduled.qbrId(), caller.name(), Instant.now());
        em.flush();
        tell(request, "Your 1:1 request is accepted: the QBR is on " + scheduled.when(programClock.clock().zone()) + ".");
        return view(request, List.of(scheduled));
    }

    /** Declines a waiting request with a reply the partner reads; refused without one. */
    public RequestView decline(long requestId, String reply, long expectedVersion) {
        Caller caller = callerContext.require(Permission.SCHEDULE_QBR);
        OneOnOneRequest request = waiting(requestId, expectedVersion);
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new RefusedException("Write the partner a reply (1 to 500 characters): it reads why.");
        }
        request.decline(caller.name(), Instant.now(), text);
        em.flush();
        tell(request, "Your 1:1 request is declined: " + text);
        return view(request, List.of());
    }

    private OneOnOneRequest waiting(long requestId, long expectedVersion) {
        OneOnOneRequest request = em.find(OneOnOneRequest.class, requestId);
        if (request == null) {
            throw new NotFoundException("1:1 request", requestId);
        }
        if (request.getStatus() != OneOnOneRequest.Status.WAITING) {
            throw new RefusedException("That request was answered already (" + request.getStatus().getLabel()
                    .toLowerCase(java.util.Locale.ROOT) + " by " + request.getDecided().getBy() + ").");
        }
        if (request.getVersion() != expectedVersion) {
            throw new RefusedException("Someone changed that request since you opened it; reload and try again.");
        }
        return request;
    }

    /** The answer, by mail to the person who asked, when the people directory has their address. */
    private void tell(OneOnOneRequest request, String answer) {
        em.createQuery("SELECT p.email FROM Person p WHERE p.username = :username AND p.partnerCode = :partner"
                        + " AND p.email IS NOT NULL", String.class)
                .setParameter("username", request.getRequestedBy()).setParameter("partner", request.getPartner().getCode())
                .getResultStream().findFirst().ifPresent(address -> outbox.send(new MailMessage(address, null,
                        "Your 1:1 request with " + outbox.vendorName(), answer + "\n", "<p>" + html(answer) + "</p>")));
    }

    /** The request as read, with the start of its QBR when it is among the QBRs given. */
    private static RequestView view(OneOnOneRequest r, List<QbrView> partnersQbrs) {
        LocalDateTime qbrStartsAt = partnersQbrs.stream().filter(q -> r.getQbrId() != null && q.qbrId() == r.getQbrId())
                .map(QbrView::startsAt).findFirst().orElse(null);
        return new RequestView(r.getId(), r.getVersion(), r.getPartner().getId(), r.getPartner().getName(),
                r.getRequestedBy(), r.getRequestedAt(), r.getRequest(), r.getStatus(),
                r.getDecided() == null ? null : r.getDecided().getBy(),
                r.getDecided() == null ? null : r.getDecided().getAt(),
                r.getDecided() == null ? null : r.getDecided().getReason(),
                qbrStartsAt);
    }
}
