package com.partnerqbr.portal.review.attendee;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.attendee.AttendeeRules.Person;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The people of a QBR, both sides, with the warnings of {@link AttendeeRules}. The vendor's admins
 * and partner managers manage both sides; the partner's admin manages the partner's side; the
 * others read.
 */
@Stateless
public class AttendeeService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    /** An attendee as pages show one. */
    public record AttendeeView(long attendeeId, Side side, String name, String email, String username, String title,
                               boolean decisionMaker, boolean executiveSponsor, Boolean attended) {
    }

    /** A QBR's people and what is missing among them. */
    public record Attendees(List<AttendeeView> people, List<String> warnings, boolean strategic) {
    }

    /** The QBR's attendees, vendor side first, and the warnings. */
    public Attendees attendees(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        List<AttendeeView> people = em.createNamedQuery("Attendee.ofQbr", Attendee.class).setParameter("qbr", qbr)
                .getResultList().stream().map(AttendeeService::view).toList();
        boolean strategic = strategic(qbr);
        return new Attendees(people, AttendeeRules.warnings(people.stream()
                .map(a -> new Person(a.name(), a.side(), a.decisionMaker(), a.executiveSponsor())).toList(), strategic),
                strategic);
    }

    /** Adds a person: a portal user (its user name) or a contact with an e-mail address. */
    public AttendeeView add(long qbrId, Side side, String name, String email, String username, String title,
                            boolean decisionMaker, boolean executiveSponsor) {
        Qbr qbr = access.readable(qbrId);
        requireManages(qbr, side);
        String cleanName = Inputs.required(name, "the person's name", 200);
        String cleanEmail = Inputs.optional(email, "the e-mail address", 254);
        String cleanUser = Inputs.optional(username, "the portal user name", 255);
        if (cleanEmail == null && cleanUser == null) {
            throw new RefusedException("Give " + cleanName + "'s e-mail address, or their portal user name.");
        }
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            throw new RefusedException("'" + cleanEmail + "' is not an e-mail address: write it like"
                    + " paula@brightpath.example.");
        }
        Attendee attendee = new Attendee(qbr, side, cleanName, cleanEmail, cleanUser,
                Inputs.optional(title, "the title", 120), decisionMaker, executiveSponsor);
        em.persist(attendee);
        em.flush();
        return view(attendee);
    }

    /** Removes a person from the QBR (before it is held). */
    public void remove(long attendeeId) {
        Attendee attendee = em.find(Attendee.class, attendeeId);
        if (attendee == null) {
            throw new NotFoundException("attendee", attendeeId);
        }
        Qbr qbr = access.readable(attendee.getQbr().getId());
        requireManages(qbr, attendee.getSide());
        if (qbr.getHeldAt() != null) {
            throw new RefusedException("The QBR was held: who attended is part of its record.");
        }
        em.remove(attendee);
    }

    private void requireManages(Qbr qbr, Side side) {
        Side callers = access.editingSide(qbr);
        if (callers == Side.PARTNER && side != Side.PARTNER) {
            throw new AccessDeniedException("a partner's admin manages the partner's side");
        }
    }

    /** Whether the QBR's partner is strategic in its quarter (its standing of that quarter, or the latest before it). */
    public boolean strategic(Qbr qbr) {
        return em.createQuery("SELECT s.effectiveSegment FROM Standing s WHERE s.partner = :partner"
                        + " AND s.quarter <= :quarter ORDER BY s.quarter DESC", Segment.class)
                .setParameter("partner", qbr.getPartner()).setParameter("quarter", qbr.getQuarter()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null) == Segment.STRATEGIC;
    }

    private static AttendeeView view(Attendee a) {
        return new AttendeeView(a.getId(), a.getSide(), a.getName(), a.getEmail(), a.getUsername(), a.getTitle(),
                a.isDecisionMaker(), a.isExecutiveSponsor(), a.getAttended());
    }
}
