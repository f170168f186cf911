package com.partnerqbr.portal.plan.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradingTest {

    @Test
    void whereBothSidesAgreeTheRecordShowsOneGrade() {
        assertEquals(new Grading.Outcome(Optional.of(GradeLevel.DONE), false, "Done (both sides)"),
                Grading.outcome(GradeLevel.DONE, GradeLevel.DONE));
    }

    @Test
    void whereTheyDifferItShowsBothAndNeitherWins() {
        assertEquals(new Grading.Outcome(Optional.empty(), true, "Vendor: done, partner: partly"),
                Grading.outcome(GradeLevel.DONE, GradeLevel.PARTLY));
        assertEquals(new Grading.Outcome(Optional.empty(), true, "Vendor: not done, partner: done"),
                Grading.outcome(GradeLevel.NOT_DONE, GradeLevel.DONE));
    }

    @Test
    void untilBothGradedItSaysWhoIsMissing() {
        assertEquals("Partner: partly; the vendor has not graded", Grading.outcome(null, GradeLevel.PARTLY).summary());
        assertEquals("Vendor: not done; the partner has not graded", Grading.outcome(GradeLevel.NOT_DONE, null).summary());
        assertEquals("Not graded yet", Grading.outcome(null, null).summary());
    }
}
