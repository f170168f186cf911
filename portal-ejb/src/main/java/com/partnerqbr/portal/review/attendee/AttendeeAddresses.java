package com.partnerqbr.portal.review.attendee;

import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.people.PersonStatus;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where people named at a QBR or in its plan are reached: the address given with them, else, for a
 * portal user, the address the people directory holds from their last sign-in. A person of the
 * directory counts only on their own side: for the partner's side a user of that partner, for the
 * vendor's side one of the vendor's staff (a user name of another partner reaches nobody), and
 * only while active.
 */
@Stateless
public class AttendeeAddresses {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** An attendee and the address that reaches them (null: none known). */
    public record Reached(Side side, String name, String username, String email) {
        public boolean reachable() {
            return email != null;
        }
    }

    /** The QBR's attendees, vendor side first, each with the address that reaches them. */
    public List<Reached> of(Qbr qbr) {
        List<Attendee> attendees = em.createNamedQuery("Attendee.ofQbr", Attendee.class).setParameter("qbr", qbr)
                .getResultList();
        Map<String, Person> directory = directory(attendees.stream().filter(a -> blank(a.getEmail()))
                .map(Attendee::getUsername).toList());
        String partner = qbr.getPartner().getCode();
        return attendees.stream().map(a -> new Reached(a.getSide(), a.getName(), a.getUsername(),
                address(a.getSide(), partner, a.getEmail(), a.getUsername(), directory))).toList();
    }

    /** The directory's people of these user names, by user name (one query). */
    public Map<String, Person> directory(Collection<String> usernames) {
        List<String> names = usernames.stream().filter(n -> !blank(n)).distinct().toList();
        if (names.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.username IN :names", Person.class)
                .setParameter("names", names).getResultList().stream()
                .collect(Collectors.toMap(Person::getUsername, Function.identity(), (a, b) -> a));
    }

    /**
     * The address of a person of one side of a partner's program: the one given, else the directory's
     * for their user name when the directory's person is of that side; null when neither.
     */
    public static String address(Side side, String partnerCode, String email, String username,
                                 Map<String, Person> directory) {
        if (!blank(email)) {
            return email;
        }
        Person person = username == null ? null : directory.get(username);
        if (person == null || person.getStatus() != PersonStatus.ACTIVE || blank(person.getEmail())) {
            return null;
        }
        boolean ofThatSide = side == Side.PARTNER ? partnerCode.equals(person.getPartnerCode())
                : person.getPartnerCode() == null;
        return ofThatSide ? person.getEmail() : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
