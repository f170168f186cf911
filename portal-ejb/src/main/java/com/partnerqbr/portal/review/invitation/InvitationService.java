package com.partnerqbr.portal.review.invitation;

import static com.partnerqbr.portal.mail.MailMessage.html;

import com.partnerqbr.portal.calendar.Invitation;
import com.partnerqbr.portal.calendar.Invitation.Meeting;
import com.partnerqbr.portal.calendar.Invitation.Method;
import com.partnerqbr.portal.calendar.Invitation.Person;
import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.mail.MailMessage;
import com.partnerqbr.portal.mail.MailMessage.Attachment;
import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses;
import com.partnerqbr.portal.review.attendee.AttendeeAddresses.Reached;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A QBR's calendar invitations ({@link Invitation}), through the outbox: the vendor's side invites
 * every attendee with an address (given, or the people directory's: {@link AttendeeAddresses}) (a person added later gets the current invitation when the
 * vendor invites again; nobody gets the same one twice); moving the QBR sends the change to
 * everyone invited with the sequence raised, once per real change; cancelling sends the
 * cancellation. The organizer is the partner manager who scheduled it, as a vendor-side attendee
 * (else the first vendor-side attendee with an address). Times in the program's zone. A strategic
 * partner's invitation carries a second file: its monthly check-ins until the next QBR, one repeating
 * event (RRULE) with a UID of its own, moved and cancelled with the QBR.
 */
@Stateless
public class InvitationService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private ProgramClock programClock;

    @EJB
    private Outbox outbox;

    @EJB
    private AttendeeAddresses addresses;

    @EJB
    private AttendeeService attendees;

    @Inject
    private CallerContext callerContext;

    /** Where a QBR's invitation stands: its sequence, whom it invited, who has an address and is not invited yet. */
    public record InvitationView(boolean sent, int sequence, List<String> invited, List<String> toInvite) {
    }

    public InvitationView view(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        QbrInvitation invitation = stored(qbr);
        List<String> invited = invitation == null ? List.of() : invitation.getInvited();
        return new InvitationView(invitation != null, invitation == null ? 0 : invitation.getSequence(), invited,
                people(qbr).stream().map(Person::email).filter(e -> !invited.contains(e)).toList());
    }

    /** Invites the attendees not invited yet to a scheduled QBR; @return how many invitations were written. */
    public int invite(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        access.requireVendorSide(qbr);
        if (qbr.getStatus() != QbrStatus.SCHEDULED) {
            throw new RefusedException("The QBR is " + qbr.getStatus().getLabel().toLowerCase(java.util.Locale.ROOT)
                    + "; only a scheduled QBR is sent as an invitation.");
        }
        QbrInvitation invitation = stored(qbr);
        if (invitation == null) {
            invitation = new QbrInvitation(qbr);
            em.persist(invitation);
        }
        List<String> already = invitation.getInvited();
        List<Person> people = people(qbr);
        List<String> fresh = people.stream().map(Person::email).filter(e -> !already.contains(e)).toList();
        if (fresh.isEmpty()) {
            throw new RefusedException(people.isEmpty() ? "No attendee has an e-mail address yet: add the people"
                    + " with their addresses first." : "Everyone with an address has the current invitation.");
        }
        send(qbr, invitation, Method.REQUEST, fresh, "Invitation");
        invitation.invited(fresh);
        em.flush();
        return fresh.size();
    }

    /** After a QBR moved (in the move's transaction): the change to everyone invited, when its start really changed. */
    public void rescheduled(Qbr qbr) {
        QbrInvitation invitation = stored(qbr);
        if (invitation == null || invitation.isCancelled() || invitation.getSentStart().equals(qbr.getStartsAt())) {
            return;
        }
        invitation.changed(qbr.getStartsAt());
        send(qbr, invitation, Method.REQUEST, invitation.getInvited(), "Moved");
    }

    /** After a QBR was cancelled (in the cancellation's transaction): the cancellation to everyone invited. */
    public void cancelled(Qbr qbr) {
        QbrInvitation invitation = stored(qbr);
        if (invitation == null || invitation.isCancelled()) {
            return;
        }
        invitation.cancelled();
        send(qbr, invitation, Method.CANCEL, invitation.getInvited(), "Cancelled");
    }

    private void send(Qbr qbr, QbrInvitation invitation, Method method, List<String> to, String what) {
        ZoneId zone = programClock.clock().zone();
        List<Person> people = people(qbr);
        String summary = "QBR: " + qbr.getPartner().getName() + " and " + outbox.vendorName() + " ("
                + qbr.getQuarter() + ")";
        String when = Deadlines.shown(qbr.getStart(), zone) + ", " + qbr.getMeetingMinutes() + " minutes";
        Meeting meeting = new Meeting(Invitation.qbrUid(qbr.getId(), callerContext.current().vendorCode()),
                invitation.getSequence(), summary, qbr.getMeeting() + ". " + when + ".", qbr.getStart(),
                Duration.ofMinutes(qbr.getMeetingMinutes()), zone, organizer(qbr), people);
        byte[] ics = Invitation.ics(method, meeting, Instant.now()).getBytes(StandardCharsets.UTF_8);
        String sentence = switch (method) {
            case REQUEST -> what.equals("Moved") ? "The QBR moved to " + when + "." : "You are invited to the QBR, "
                    + when + ".";
            case CANCEL -> "The QBR of " + when + " is cancelled.";
        };
        String subject = what + ": " + summary;
        List<Attachment> files = new ArrayList<>();
        files.add(new Attachment(method == Method.CANCEL ? "cancel.ics" : "invite.ics", Invitation.contentType(method),
                ics));
        if (attendees.strategic(qbr)) {
            // a strategic partner also meets monthly until the next QBR: one repeating event that moves and is
            // cancelled with the QBR (its own UID, the same sequence)
            Meeting checkIns = new Meeting(Invitation.checkInsUid(qbr.getId(), callerContext.current().vendorCode()),
                    invitation.getSequence(), "Monthly check-in: " + qbr.getPartner().getName() + " and "
                    + outbox.vendorName(), Invitation.CHECK_INS, Invitation.checkInsStart(qbr.getStart(), zone),
                    Invitation.CHECK_IN_LENGTH, zone, meeting.organizer(), people, Invitation.CHECK_INS_TIMES);
            files.add(new Attachment(method == Method.CANCEL ? "cancel-check-ins.ics" : "check-ins.ics",
                    Invitation.contentType(method), Invitation.ics(method, checkIns, Instant.now())
                    .getBytes(StandardCharsets.UTF_8)));
        }
        for (String address : to) {
            outbox.send(new MailMessage(address, null, subject, summary + "\n\n" + sentence + "\n",
                    "<p>" + html(summary) + "</p><p>" + html(sentence) + "</p>", files));
        }
    }

    private List<Person> people(Qbr qbr) {
        return addresses.of(qbr).stream().filter(Reached::reachable).map(a -> new Person(a.name(), a.email()))
                .distinct().toList();
    }

    private Person organizer(Qbr qbr) {
        List<Reached> vendorSide = addresses.of(qbr).stream().filter(a -> a.side() == Side.VENDOR && a.reachable())
                .toList();
        return vendorSide.stream().filter(a -> qbr.getScheduledBy().equals(a.username())).findFirst()
                .or(() -> vendorSide.stream().findFirst()).map(a -> new Person(a.name(), a.email()))
                .orElseThrow(() -> new RefusedException("Add the vendor's partner manager with an e-mail address to"
                        + " the QBR's people: the invitation comes from them."));
    }

    private QbrInvitation stored(Qbr qbr) {
        return em.createNamedQuery("QbrInvitation.ofQbr", QbrInvitation.class).setParameter("qbr", qbr)
                .getResultStream().findFirst().orElse(null);
    }
}
