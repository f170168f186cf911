package com.partnerqbr.portal.tail;

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
import java.util.List;
import java.util.Set;

/**
 * A program review session's calendar invitations, through the outbox, in the transaction of the
 * change: to every person with an address of the partners invited now, each a file naming only
 * them (the audience never learns who else is invited), with a stable UID per session, the
 * session's SEQUENCE, METHOD:REQUEST when planned or moved and METHOD:CANCEL when cancelled.
 */
@Stateless
public class ProgramReviewInvitations {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private ProgramClock programClock;

    @EJB
    private Outbox outbox;

    /** Who the invitations come from: the program's admin address, else the caller's; refused when neither is known. */
    public Person organizer(String host) {
        String address = outbox.vendorAdminAddress().orElse(callerContext.current().email());
        if (address == null || address.isBlank()) {
            throw new RefusedException("Set your program's admin e-mail first (Program settings, Mail): the program"
                    + " review's invitations come from it.");
        }
        return new Person(host, address);
    }

    /** Sends the session's invitation, update ("Moved") or cancellation to the people of the partners given; how many. */
    public int send(ProgramReviewSession session, Set<String> partnerCodes, String what) {
        List<com.partnerqbr.portal.people.Person> people = em.createQuery("SELECT p FROM Person p WHERE"
                        + " p.partnerCode IS NOT NULL AND p.email IS NOT NULL ORDER BY p.username",
                        com.partnerqbr.portal.people.Person.class).getResultStream()
                .filter(p -> partnerCodes.contains(p.getPartnerCode()) && !p.getEmail().isBlank()).toList();
        if (people.isEmpty()) {
            return 0;
        }
        ZoneId zone = programClock.clock().zone();
        Method method = session.isCancelled() ? Method.CANCEL : Method.REQUEST;
        String summary = summary(session, outbox.vendorName());
        ProgramReviewDetails details = session.getDetails();
        String when = Deadlines.shown(session.getStartsAt(), zone) + ", " + details.getMinutes() + " minutes";
        String sentence = switch (what) {
            case "Moved" -> "The program review moved to " + when + ".";
            case "Cancelled" -> "The program review of " + when + " is cancelled: " + session.getCancelledReason();
            default -> "You are invited to the monthly program review, " + when + ", hosted by " + details.getHost()
                    + ". Join: " + details.getJoinLink();
        };
        Person organizer = organizer(details.getHost());
        Instant stamp = Instant.now();
        for (com.partnerqbr.portal.people.Person p : people) {
            Person invitee = new Person(p.getUsername(), p.getEmail());
            Meeting meeting = new Meeting(uid(session, callerContext.current().vendorCode()), session.getSequence(),
                    summary, sentence + "\n\n" + details.getAgenda(), session.getStartsAt(),
                    Duration.ofMinutes(details.getMinutes()), zone, organizer, List.of(invitee));
            byte[] ics = Invitation.ics(method, meeting, stamp).getBytes(StandardCharsets.UTF_8);
            Attachment file = new Attachment(method == Method.CANCEL ? "cancel.ics" : "invite.ics",
                    Invitation.contentType(method), ics);
            outbox.send(new MailMessage(p.getEmail(), null, what + ": " + summary, summary + "\n\n" + sentence + "\n",
                    "<p>" + html(summary) + "</p><p>" + html(sentence) + "</p>", List.of(file)));
        }
        return people.size();
    }

    /** The calendar title of a session: "Program review of Acme (2026-12)". */
    static String summary(ProgramReviewSession session, String vendorName) {
        return "Program review of " + vendorName + " (" + session.getMonth() + ")";
    }

    /** The calendar UID of a session: the same in its invitations and in the calendar feeds. */
    static String uid(ProgramReviewSession session, String vendorCode) {
        return "program-review-" + session.getMonth() + "." + vendorCode + "@partner-portal";
    }
}
