package com.partnerqbr.portal.review.attendee;

import com.partnerqbr.portal.scorecard.dispute.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Who should be in the room, pure: each side brings someone who can commit resources (a
 * decision maker); a strategic QBR has an executive sponsor on both sides; and the room stays
 * small enough for candor (at most {@value #MOST_PEOPLE} people). The workspace shows these as
 * warnings: they never stop a QBR.
 */
public final class AttendeeRules {

    public static final int MOST_PEOPLE = 8;

    private AttendeeRules() {
    }

    /** An attendee as the rules see one. */
    public record Person(String name, Side side, boolean decisionMaker, boolean executiveSponsor) {
    }

    /** The warnings about a QBR's attendees, in words, vendor side first; empty when all is well. */
    public static List<String> warnings(List<Person> people, boolean strategic) {
        List<String> warnings = new ArrayList<>();
        for (Side side : Side.values()) {
            if (people.stream().noneMatch(p -> p.side() == side && p.decisionMaker())) {
                warnings.add("The " + sideName(side) + " side has no decision maker: bring someone who can commit"
                        + " resources.");
            }
        }
        if (strategic) {
            for (Side side : Side.values()) {
                if (people.stream().noneMatch(p -> p.side() == side && p.executiveSponsor())) {
                    warnings.add("A strategic QBR has an executive sponsor on both sides; the " + sideName(side)
                            + " side has none.");
                }
            }
        }
        if (people.size() > MOST_PEOPLE) {
            warnings.add(people.size() + " people are invited; keep it to " + MOST_PEOPLE
                    + " or fewer, small enough for candor.");
        }
        return List.copyOf(warnings);
    }

    private static String sideName(Side side) {
        return side == Side.VENDOR ? "vendor" : "partner";
    }
}
