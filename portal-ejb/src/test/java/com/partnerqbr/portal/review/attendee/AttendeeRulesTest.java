package com.partnerqbr.portal.review.attendee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.review.attendee.AttendeeRules.Person;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendeeRulesTest {

    private static Person vendor(String name, boolean decides, boolean sponsors) {
        return new Person(name, Side.VENDOR, decides, sponsors);
    }

    private static Person partner(String name, boolean decides, boolean sponsors) {
        return new Person(name, Side.PARTNER, decides, sponsors);
    }

    @Test
    void aGrowthQbrWithADecisionMakerOnEachSideHasNoWarning() {
        assertEquals(List.of(), AttendeeRules.warnings(List.of(vendor("Max", true, false),
                partner("Paula", true, false)), false));
    }

    @Test
    void aSideWithoutADecisionMakerIsNamed() {
        assertEquals(List.of("The partner side has no decision maker: bring someone who can commit resources."),
                AttendeeRules.warnings(List.of(vendor("Max", true, false), partner("Sam", false, false)), false));
        assertEquals(List.of("The vendor side has no decision maker: bring someone who can commit resources.",
                        "The partner side has no decision maker: bring someone who can commit resources."),
                AttendeeRules.warnings(List.of(), false));
    }

    @Test
    void aStrategicQbrNeedsAnExecutiveSponsorOnBothSides() {
        List<Person> people = List.of(vendor("Erin", true, true), partner("Paula", true, false));
        assertEquals(List.of("A strategic QBR has an executive sponsor on both sides; the partner side has none."),
                AttendeeRules.warnings(people, true));
        assertEquals(List.of(), AttendeeRules.warnings(people, false), "a growth QBR does not ask for sponsors");
        assertEquals(List.of(), AttendeeRules.warnings(List.of(vendor("Erin", true, true),
                partner("Paula", true, true)), true));
    }

    @Test
    void eightPeopleAreFineNineAreTooMany() {
        List<Person> people = new ArrayList<>(List.of(vendor("Max", true, false), partner("Paula", true, false)));
        for (int i = 0; i < 6; i++) {
            people.add(partner("Seller " + i, false, false));
        }
        assertEquals(List.of(), AttendeeRules.warnings(people, false));
        people.add(vendor("Another", false, false));
        assertEquals(List.of("9 people are invited; keep it to 8 or fewer, small enough for candor."),
                AttendeeRules.warnings(people, false));
    }
}
