package com.partnerqbr.portal.review.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partnerqbr.portal.review.agenda.AgendaRules.Frame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaRulesTest {

    private static final List<AgendaSectionPlan> SIXTY = AgendaTemplates.of(60);
    private static final List<AgendaSectionPlan> FORTY_FIVE = AgendaTemplates.of(45);

    private static Frame frame(int minutes, boolean previous) {
        return new Frame(minutes, AgendaRules.DEFAULT_LOOK_BACK_PERCENT, previous,
                AgendaTemplates.jointPlanMinimum(AgendaTemplates.of(minutes)));
    }

    private static List<AgendaSectionPlan> changed(List<AgendaSectionPlan> sections, SectionKind kind, int minutes) {
        return sections.stream().map(s -> s.kind() == kind ? s.withMinutes(minutes) : s).toList();
    }

    @Test
    void bothTemplatesKeepEveryRule() {
        assertEquals("Previous commitments 5, Scorecard 5, Win/loss 10, Pipeline 15, Joint plan 20, Partner feedback 5",
                String.join(", ", SIXTY.stream().map(s -> s.title() + " " + s.minutes()).toList()));
        assertEquals("Previous commitments 5, Scorecard 5, Win/loss 5, Pipeline 10, Joint plan 15, Partner feedback 5",
                String.join(", ", FORTY_FIVE.stream().map(s -> s.title() + " " + s.minutes()).toList()));
        assertEquals(List.of(), AgendaRules.problems(SIXTY, frame(60, true)));
        assertEquals(List.of(), AgendaRules.problems(FORTY_FIVE, frame(45, true)));
        assertEquals(20, AgendaTemplates.jointPlanMinimum(SIXTY));
        assertEquals(15, AgendaTemplates.jointPlanMinimum(FORTY_FIVE));
    }

    @Test
    void sectionsAddUpToTheMeetingLength() {
        assertEquals(List.of("The sections add up to 55 minutes; the meeting is 60 minutes: add 5 minutes."),
                AgendaRules.problems(changed(SIXTY, SectionKind.PIPELINE, 10), frame(60, false)));
        assertEquals(List.of("The sections add up to 61 minutes; the meeting is 60 minutes: take away 1 minute."),
                AgendaRules.problems(changed(SIXTY, SectionKind.FEEDBACK, 6), frame(60, false)));
    }

    @Test
    void theLookBackShareAtItsEdge() {
        // 20 of 60 minutes look back in the template: exactly a third is allowed
        assertEquals(20, AgendaRules.mostLookingBack(60, 33));
        assertEquals(15, AgendaRules.mostLookingBack(45, 33));
        List<AgendaSectionPlan> oneMore = changed(changed(SIXTY, SectionKind.WIN_LOSS, 11), SectionKind.PIPELINE, 14);
        assertEquals(List.of("21 minutes look back; at most 33% of the meeting (20 minutes) may: the rest plans forward."),
                AgendaRules.problems(oneMore, frame(60, false)));
        // the vendor's share of 20% (one article's advice): 12 of 60 minutes
        Frame fifth = new Frame(60, 20, false, 20);
        assertEquals(List.of("20 minutes look back; at most 20% of the meeting (12 minutes) may: the rest plans forward."),
                AgendaRules.problems(SIXTY, fifth));
        List<AgendaSectionPlan> twelveBack = changed(changed(SIXTY, SectionKind.WIN_LOSS, 2), SectionKind.PIPELINE, 23);
        assertEquals(List.of(), AgendaRules.problems(twelveBack, fifth));
    }

    @Test
    void theFirstItemReviewsThePreviousCommitmentsWhenThereIsAPreviousQbr() {
        List<AgendaSectionPlan> moved = new ArrayList<>(SIXTY);
        moved.add(1, moved.remove(0));
        assertEquals(List.of("A previous QBR exists: the first item reviews its commitments; move it to the top."),
                AgendaRules.problems(moved, frame(60, true)));
        assertEquals(List.of(), AgendaRules.problems(moved, frame(60, false)), "a first QBR has nothing to review");
        List<AgendaSectionPlan> without = new ArrayList<>(SIXTY.subList(1, SIXTY.size()));
        without.set(0, without.get(0).withMinutes(10));
        assertEquals(List.of("A previous QBR exists: the first item reviews its commitments; add it."),
                AgendaRules.problems(without, frame(60, true)));
    }

    @Test
    void theJointPlanBlockCannotShrinkBelowItsTemplate() {
        List<AgendaSectionPlan> shrunk = changed(changed(SIXTY, SectionKind.JOINT_PLAN, 19), SectionKind.PIPELINE, 16);
        assertEquals(List.of("The joint-plan block is protected: at least 20 minutes (it has 19)."),
                AgendaRules.problems(shrunk, frame(60, false)));
        List<AgendaSectionPlan> dropped = SIXTY.stream().filter(s -> s.kind() != SectionKind.JOINT_PLAN)
                .map(s -> s.kind() == SectionKind.PIPELINE ? s.withMinutes(35) : s).toList();
        assertEquals(List.of("The agenda needs its joint-plan block of at least 20 minutes."),
                AgendaRules.problems(dropped, frame(60, false)));
        assertEquals(List.of(), AgendaRules.problems(changed(changed(SIXTY, SectionKind.JOINT_PLAN, 25),
                SectionKind.PIPELINE, 10), frame(60, false)), "a longer block is fine");
    }

    @Test
    void everySectionHasATitleAndTime() {
        List<AgendaSectionPlan> sections = new ArrayList<>(SIXTY);
        sections.add(new AgendaSectionPlan(SectionKind.OTHER, " ", 0, "", false));
        assertEquals(List.of("Section 7 needs a title.", "Section 7 needs at least 1 minute."),
                AgendaRules.problems(sections, frame(60, false)));
    }

    @Test
    void anotherLengthScalesTheSixtyMinuteTemplate() {
        List<AgendaSectionPlan> ninety = AgendaTemplates.of(90);
        assertEquals("7, 7, 15, 22, 32, 7", String.join(", ", ninety.stream().map(s -> "" + s.minutes()).toList()));
        assertEquals(List.of(), AgendaRules.problems(ninety, frame(90, true)));
    }
}
