package com.partnerqbr.portal.review.agenda;

import java.util.ArrayList;
import java.util.List;

/**
 * The agenda rules, pure, each explained in words:
 * <ul>
 *   <li>every section has a title and at least one minute;</li>
 *   <li>the sections add up to the meeting length;</li>
 *   <li>at most the vendor's share of the time looks back (a third, 33%, by default; the share
 *       of minutes is rounded to the nearest minute, so 20 of 60 minutes is a third);</li>
 *   <li>when a previous QBR exists, the first item reviews its commitments;</li>
 *   <li>the joint-plan block stays: it has at least its template's minutes.</li>
 * </ul>
 */
public final class AgendaRules {

    public static final int DEFAULT_LOOK_BACK_PERCENT = 33;

    private AgendaRules() {
    }

    /** What an agenda is checked against. */
    public record Frame(int meetingMinutes, int lookBackPercent, boolean previousQbr, int jointPlanMinimum) {
    }

    /** The most minutes that may look back in a meeting of this length. */
    public static int mostLookingBack(int meetingMinutes, int lookBackPercent) {
        return (meetingMinutes * lookBackPercent + 50) / 100;
    }

    /** What is wrong with an agenda, each in a sentence; empty when it keeps every rule. */
    public static List<String> problems(List<AgendaSectionPlan> sections, Frame frame) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            AgendaSectionPlan s = sections.get(i);
            if (s.title() == null || s.title().isBlank()) {
                problems.add("Section " + (i + 1) + " needs a title.");
            }
            if (s.minutes() < 1) {
                problems.add("Section " + (i + 1) + (s.title() == null || s.title().isBlank() ? "" : " (" + s.title()
                        + ")") + " needs at least 1 minute.");
            }
        }
        int total = sections.stream().mapToInt(AgendaSectionPlan::minutes).sum();
        if (total != frame.meetingMinutes()) {
            int off = frame.meetingMinutes() - total;
            problems.add("The sections add up to " + total + " minutes; the meeting is " + frame.meetingMinutes()
                    + " minutes: " + (off > 0 ? "add " + off : "take away " + -off) + " minute" + (Math.abs(off) == 1
                    ? "" : "s") + ".");
        }
        int back = sections.stream().filter(AgendaSectionPlan::looksBack).mapToInt(AgendaSectionPlan::minutes).sum();
        int mostBack = mostLookingBack(frame.meetingMinutes(), frame.lookBackPercent());
        if (back > mostBack) {
            problems.add(back + " minutes look back; at most " + frame.lookBackPercent() + "% of the meeting ("
                    + mostBack + " minutes) may: the rest plans forward.");
        }
        if (frame.previousQbr()) {
            if (sections.stream().noneMatch(s -> s.kind() == SectionKind.PREVIOUS_COMMITMENTS)) {
                problems.add("A previous QBR exists: the first item reviews its commitments; add it.");
            } else if (sections.get(0).kind() != SectionKind.PREVIOUS_COMMITMENTS) {
                problems.add("A previous QBR exists: the first item reviews its commitments; move it to the top.");
            }
        }
        int jointPlan = sections.stream().filter(s -> s.kind() == SectionKind.JOINT_PLAN)
                .mapToInt(AgendaSectionPlan::minutes).sum();
        if (jointPlan < frame.jointPlanMinimum()) {
            problems.add(sections.stream().noneMatch(s -> s.kind() == SectionKind.JOINT_PLAN)
                    ? "The agenda needs its joint-plan block of at least " + frame.jointPlanMinimum() + " minutes."
                    : "The joint-plan block is protected: at least " + frame.jointPlanMinimum() + " minutes (it has "
                    + jointPlan + ").");
        }
        return List.copyOf(problems);
    }
}
