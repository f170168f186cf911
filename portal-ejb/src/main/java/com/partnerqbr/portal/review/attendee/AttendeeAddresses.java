package com.partnerqbr.portal.review.attendee;

import com.partnerqbr.portal.kernel.Batches;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.people.PersonStatus;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.scorecard.dispute.Side;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        return of(List.of(qbr)).get(qbr.getId());
    }

    /**
     * The attendees of each of these QBRs as {@link #of(Qbr)} lists them, by QBR id: a query a thousand
     * QBRs and the directory once, however many QBRs (a job reaching the people of thousands of plans).
     */
    public Map<Long, List<Reached>> of(Collection<Qbr> qbrs) {
        Map<Long, Qbr> byId = new LinkedHashMap<>();
        qbrs.forEach(q -> byId.put(q.getId(), q));
        List<Attendee> attendees = Batches.read(List.copyOf(byId.values()), batch -> em.createQuery(
                "SELECT a FROM Attendee a WHERE a.qbr IN :qbrs ORDER BY a.side DESC, a.name", Attendee.class)
                .setParameter("qbrs", batch).getResultList());
        Map<String, Person> directory = directory(attendees.stream().filter(a -> blank(a.getEmail()))
                .map(Attendee::getUsername).toList());
        Map<Long, List<Reached>> reached = new HashMap<>();
        byId.keySet().forEach(id -> reached.put(id, new ArrayList<>()));
        for (Attendee a : attendees) {
            Qbr qbr = byId.get(a.getQbr().getId());
            reached.get(qbr.getId()).add(new Reached(a.getSide(), a.getName(), a.getUsername(),
                    address(a.getSide(), qbr.getPartner().getCode(), a.getEmail(), a.getUsername(), directory)));
        }
        return reached;
    }

    /** The directory's people of these user names, by user name (a query a thousand names). */
    public Map<String, Person> directory(Collection<String> usernames) {
        List<String> names = usernames.stream().filter(n -> !blank(n)).distinct().toList();
        return Batches.read(names, batch -> em.createQuery("SELECT p FROM Person p WHERE p.username IN :names",
                        Person.class).setParameter("names", batch).getResultList()).stream()
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
