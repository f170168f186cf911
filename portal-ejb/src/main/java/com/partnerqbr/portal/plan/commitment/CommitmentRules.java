package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A commitment is refused when it is vague, and says why: an owner that is a team or nobody
 * instead of a person (a portal user of that side, or a named contact with an e-mail); a due date
 * that is not after the QBR and within the planned quarter; an outcome with nothing to count or
 * check ("focus more on manufacturing" instead of "register 5 new deals in manufacturing").
 */
public final class CommitmentRules {

    /** Words that name a group, a placeholder or nobody, never a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("team", "teams", "tbd", "tbc", "tba", "us", "we", "our",
            "they", "them", "nobody", "none", "noone", "n/a", "na", "everyone", "everybody", "all", "someone",
            "somebody", "anyone", "sales", "marketing", "department", "dept", "group", "office", "staff", "partner",
            "vendor", "management", "leadership", "ops", "operations", "support", "unassigned", "owner");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "dozen", "first", "second", "third");
    /** Verbs whose object is done or not: a signed agreement, a published case study, a held workshop. */
    private static final Set<String> DELIVERABLE_VERBS = Set.of("sign", "publish", "launch", "deliver", "complete",
            "certify", "ship", "send", "hold", "host", "run", "close", "hire", "release", "submit", "book", "record",
            "train", "register", "onboard", "approve", "agree", "document", "migrate", "deploy", "install", "schedule",
            "finish", "present", "introduce", "appoint", "name", "set");
    /** Words that make an outcome a direction rather than a result. */
    private static final Set<String> VAGUE = Set.of("focus", "more", "better", "improve", "improving", "try",
            "explore", "consider", "look", "align", "leverage", "drive", "prioritise", "prioritize", "help",
            "support", "increase", "grow", "boost", "enhance", "strengthen", "continue", "work", "engage",
            "some", "several", "various", "asap", "best", "effort", "possible");

    private CommitmentRules() {
    }

    /** At most this many people are named in a refusal; the others are counted. */
    static final int NAMED_AT_MOST = 10;

    /**
     * A person of one side who may own its commitments: an attendee of the plan's QBR (a portal user
     * by user name, or a contact with an e-mail: username null) or a person of the portal's people
     * directory (name null: known by user name and e-mail). {@code named}: whether a refusal may name
     * them to the caller (the vendor's directory is not shown to the partner's people).
     */
    public record SidePerson(String name, String username, String email, boolean named) {

        public SidePerson(String name, String username, String email) {
            this(name, username, email, true);
        }

        boolean is(String ownerUsername, String ownerEmail) {
            return same(username, ownerUsername) || same(email, ownerEmail);
        }

        /** The same person as another entry (by user name or e-mail): an attendee also in the directory. */
        public boolean sameAs(SidePerson other) {
            return is(other.username, other.email);
        }

        private static boolean same(String known, String given) {
            return known != null && given != null && !given.isBlank() && known.strip().equalsIgnoreCase(given.strip());
        }

        /** "Paula Park (paula)", "Priya Nair (priya@brightpath.example)", "pete" (from the directory). */
        String shown() {
            return name == null ? (username != null ? username : email)
                    : name + " (" + (username != null ? username : email) + ")";
        }
    }

    /**
     * What is vague about a commitment, one sentence each; empty when it may be saved.
     *
     * @param people the people of the commitment's side who may own it (see {@link #ownerAmongProblem})
     */
    public static List<String> problems(CommitmentContent c, LocalDate qbrDay, Quarter planned,
                                        List<SidePerson> people) {
        List<String> problems = new ArrayList<>();
        Optional<String> owner = ownerProblem(c.ownerName(), c.ownerEmail(), c.ownerUsername());
        if (owner.isEmpty() && c.side() != null) {
            owner = ownerAmongProblem(c.ownerName(), c.ownerEmail(), c.ownerUsername(), c.side(), people);
        }
        owner.ifPresent(problems::add);
        dueDateProblem(c.dueDate(), qbrDay, planned).ifPresent(problems::add);
        outcomeProblem(c.outcome()).ifPresent(problems::add);
        if (c.side() == null) {
            problems.add("Say which side commits: the vendor or the partner.");
        }
        if (c.cadence() == null) {
            problems.add("Choose a check-in cadence: every two weeks, monthly or at the next QBR.");
        }
        return problems;
    }

    /** The owner must be a person: a portal user of that side, or a named contact with an e-mail. */
    public static Optional<String> ownerProblem(String name, String email, String username) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("Name the person who owns this commitment.");
        }
        List<String> words = words(n);
        if (words.stream().anyMatch(NOT_A_PERSON::contains)) {
            return Optional.of("\"" + n + "\" is not a person: name one owner (a portal user of that side,"
                    + " or a contact with an e-mail), not a team or a placeholder.");
        }
        boolean user = username != null && !username.isBlank();
        boolean contact = email != null && EMAIL.matcher(email.strip()).matches();
        if (!user && !contact) {
            return Optional.of("\"" + n + "\" needs a way to reach them: choose a portal user of that side"
                    + " or give the contact's e-mail.");
        }
        return Optional.empty();
    }

    /**
     * The owner must be one of that side's people: matched by portal user name, or, for a contact,
     * by e-mail (case aside). The people are the side's attendees of the plan's QBR and its people in
     * the portal's directory (the vendor's staff; the partner's users); a refusal names who may own it
     * (at most {@value #NAMED_AT_MOST}, the others counted; people the caller may not see are not named).
     */
    public static Optional<String> ownerAmongProblem(String name, String email, String username, Side side,
                                                     List<SidePerson> people) {
        String sides = side == Side.VENDOR ? "the vendor's" : "the partner's";
        if (people.isEmpty()) {
            return Optional.of("Nobody of " + sides + " side is among the QBR's attendees or the portal's people yet,"
                    + " so nobody can own " + sides + " commitments: add " + sides + " attendees to the QBR first.");
        }
        if (people.stream().anyMatch(p -> p.is(username, email))) {
            return Optional.empty();
        }
        String who = username != null && !username.isBlank() ? username.strip()
                : email != null ? email.strip() : "";
        List<String> named = people.stream().filter(SidePerson::named).map(SidePerson::shown).toList();
        long others = people.size() - Math.min(named.size(), NAMED_AT_MOST);
        String mayBe = named.isEmpty() ? "one of " + sides + " people in the portal"
                : String.join(", ", named.subList(0, Math.min(named.size(), NAMED_AT_MOST)))
                + (others == 0 ? "" : others == 1 ? ", or one more of " + sides + " people in the portal"
                : ", or one of " + others + " more of " + sides + " people in the portal");
        return Optional.of("\"" + name.strip() + "\" (" + who + ") is not among " + sides + " people (its attendees"
                + " of the QBR and its people in the portal); the owner may be " + mayBe + ".");
    }

    /** The due date lies after the QBR's day and within the quarter the plan is for. */
    public static Optional<String> dueDateProblem(LocalDate due, LocalDate qbrDay, Quarter planned) {
        if (due == null) {
            return Optional.of("Give a due date within " + planned + ".");
        }
        if (!due.isAfter(qbrDay)) {
            return Optional.of("The due date " + due + " is not after the QBR (" + qbrDay + ").");
        }
        if (!planned.contains(due)) {
            return Optional.of("The due date " + due + " is outside the planned quarter " + planned + " ("
                    + planned.firstDay() + " to " + planned.lastDay() + ").");
        }
        return Optional.empty();
    }

    /**
     * An outcome is measurable when it has a number to count ("register 5 new deals") or starts
     * with doing a thing that is done or not ("sign the reseller agreement"), without words that
     * only give a direction ("focus more", "improve").
     */
    public static Optional<String> outcomeProblem(String outcome) {
        String o = outcome == null ? "" : outcome.strip();
        if (o.isEmpty()) {
            return Optional.of("Write the outcome: what will be counted or shown when it is done.");
        }
        List<String> words = words(o);
        boolean counted = NUMBER.matcher(o).find() || words.stream().anyMatch(NUMBER_WORDS::contains);
        boolean deliverable = words.size() >= 2 && DELIVERABLE_VERBS.contains(words.get(0))
                && words.stream().noneMatch(VAGUE::contains);
        if (counted || deliverable) {
            return Optional.empty();
        }
        return Optional.of("\"" + o + "\" has nothing to measure: give a number (\"register 5 new deals in"
                + " manufacturing\") or a thing that is done or not (\"sign the reseller agreement\").");
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}/]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
    }
}
