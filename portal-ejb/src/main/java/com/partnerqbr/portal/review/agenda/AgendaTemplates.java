package com.partnerqbr.portal.review.agenda;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The default agenda templates per meeting length. The 60-minute one: previous commitments 5,
 * scorecard (confirmed, not presented) 5, win/loss 10, pipeline 15, joint plan 20, partner
 * feedback 5; a third of it looks back. The 45-minute one keeps the same order in 5, 5, 5, 10,
 * 15, 5. Any other length starts from the 60-minute template scaled down (the joint plan keeps
 * the rest).
 */
public final class AgendaTemplates {

    private AgendaTemplates() {
    }

    private static final List<AgendaSectionPlan> SIXTY = List.of(
            section(SectionKind.PREVIOUS_COMMITMENTS, 5, "Grade last quarter's commitments, both sides"),
            section(SectionKind.SCORECARD, 5, "Confirm the numbers everyone read in the pre-read"),
            section(SectionKind.WIN_LOSS, 10, "What worked, what went wrong"),
            section(SectionKind.PIPELINE, 15, "Open deals one by one: blockers and help needed"),
            section(SectionKind.JOINT_PLAN, 20, "Agree the bets and commitments for next quarter"),
            section(SectionKind.FEEDBACK, 5, "The one thing we could do differently"));
    private static final int[] FORTY_FIVE_MINUTES = {5, 5, 5, 10, 15, 5};

    /** The default template for a meeting of this many minutes. */
    public static List<AgendaSectionPlan> of(int meetingMinutes) {
        if (meetingMinutes == 60) {
            return SIXTY;
        }
        if (meetingMinutes == 45) {
            return IntStream.range(0, SIXTY.size()).mapToObj(i -> SIXTY.get(i).withMinutes(FORTY_FIVE_MINUTES[i]))
                    .toList();
        }
        List<AgendaSectionPlan> scaled = SIXTY.stream()
                .map(s -> s.withMinutes(Math.max(1, s.minutes() * meetingMinutes / 60))).toList();
        int others = scaled.stream().filter(s -> s.kind() != SectionKind.JOINT_PLAN)
                .mapToInt(AgendaSectionPlan::minutes).sum();
        return scaled.stream().map(s -> s.kind() == SectionKind.JOINT_PLAN ? s.withMinutes(meetingMinutes - others) : s)
                .toList();
    }

    /** The minutes the joint-plan block may not shrink below: its minutes in the template. */
    public static int jointPlanMinimum(List<AgendaSectionPlan> template) {
        return template.stream().filter(s -> s.kind() == SectionKind.JOINT_PLAN).mapToInt(AgendaSectionPlan::minutes)
                .sum();
    }

    private static AgendaSectionPlan section(SectionKind kind, int minutes, String purpose) {
        return new AgendaSectionPlan(kind, kind.getLabel(), minutes, purpose, kind.looksBackByDefault());
    }
}
