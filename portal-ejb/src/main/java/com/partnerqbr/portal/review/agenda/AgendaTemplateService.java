package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.agenda.AgendaRules.Frame;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The vendor's agenda templates, one per meeting length (60 and 45 minutes always offered, any
 * other length once saved): new QBR agendas of that length start from it. A length the vendor
 * never saved uses the portal's default ({@link AgendaTemplates}). Vendor staff read them; the
 * vendor's admins save them, under the agenda rules: the sections add up to the length, at most
 * the program's share looks back, the first item reviews the previous QBR's commitments, and the
 * joint-plan block keeps at least the default template's minutes.
 */
@Stateless
public class AgendaTemplateService {

    /** The lengths offered even before the vendor saved a template of them. */
    public static final List<Integer> DEFAULT_LENGTHS = List.of(60, 45);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private ProgramClock programClock;

    /** A template as settings show it; {@code token} names the saved rows (-1: the default), for stale saves. */
    public record Template(int meetingMinutes, List<AgendaSectionPlan> sections, boolean own, String editedBy,
                           long token, int jointPlanMinimum) {

        public String summary() {
            return String.join(", ", sections.stream().map(s -> s.title() + " " + s.minutes()).toList());
        }
    }

    /** Every template: the default lengths and any other the vendor saved, longest first. */
    public List<Template> templates() {
        callerContext.requireVendorStaff("agenda templates are the vendor's");
        TreeSet<Integer> lengths = new TreeSet<>(DEFAULT_LENGTHS);
        em.createNamedQuery("AgendaTemplateSection.all", AgendaTemplateSection.class).getResultList()
                .forEach(s -> lengths.add(s.getMeetingMinutes()));
        return lengths.descendingSet().stream().map(this::template).toList();
    }

    /** The sections a new agenda of this length starts from: the vendor's template, or the default. */
    public List<AgendaSectionPlan> sectionsFor(int meetingMinutes) {
        return template(meetingMinutes).sections();
    }

    /** The minutes the joint-plan block of an agenda of this length may not shrink below. */
    public int jointPlanMinimum(int meetingMinutes) {
        return AgendaTemplates.jointPlanMinimum(sectionsFor(meetingMinutes));
    }

    /**
     * Saves the template of a length (vendor admins); no sections: back to the default. Refused,
     * with every reason, when it breaks a rule, and when someone saved it since {@code token}.
     */
    public Template save(int meetingMinutes, List<AgendaSectionPlan> sections, long token) {
        String by = callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS).name();
        if (meetingMinutes < 15 || meetingMinutes > 240) {
            throw new RefusedException("A meeting is 15 to 240 minutes long; " + meetingMinutes + " is not.");
        }
        Template current = template(meetingMinutes);
        if (current.token() != token) {
            throw new RefusedException((current.own() ? current.editedBy() : "Someone") + " saved the " + meetingMinutes
                    + "-minute template since you opened it; nothing of yours was saved. Theirs: " + current.summary()
                    + ". Yours: " + String.join(", ", sections.stream().map(s -> s.title() + " " + s.minutes())
                    .toList()) + ". Reload to edit theirs.");
        }
        List<AgendaSectionPlan> plans = sections.stream().map(s -> new AgendaSectionPlan(
                Objects.requireNonNullElse(s.kind(), SectionKind.OTHER),
                Inputs.optional(s.title(), "the title of a section", 120), s.minutes(),
                Inputs.optional(s.purpose(), "the purpose of a section", 300), s.looksBack())).toList();
        if (!plans.isEmpty()) {
            List<String> problems = AgendaRules.problems(plans, new Frame(meetingMinutes,
                    programClock.clock().lookBackPercent(), true, defaultJointPlanMinimum(meetingMinutes)));
            if (!problems.isEmpty()) {
                throw new RefusedException("The " + meetingMinutes + "-minute template was not saved: "
                        + String.join(" ", problems));
            }
        }
        rows(meetingMinutes).forEach(em::remove);
        em.flush();
        for (int i = 0; i < plans.size(); i++) {
            em.persist(new AgendaTemplateSection(meetingMinutes, plans.get(i).at(i + 1), by));
        }
        em.flush();
        return template(meetingMinutes);
    }

    private Template template(int meetingMinutes) {
        List<AgendaTemplateSection> rows = rows(meetingMinutes);
        if (rows.isEmpty()) {
            List<AgendaSectionPlan> defaults = AgendaTemplates.of(meetingMinutes);
            return new Template(meetingMinutes, defaults, false, null, -1, AgendaTemplates.jointPlanMinimum(defaults));
        }
        List<AgendaSectionPlan> sections = rows.stream().map(s -> AgendaSectionPlan.of(s.getContent())).toList();
        return new Template(meetingMinutes, sections, true, rows.get(0).getEditedBy(), rows.get(0).getId(),
                AgendaTemplates.jointPlanMinimum(sections));
    }

    /** The joint-plan minutes a template of this length keeps at least: the default template's. */
    private static int defaultJointPlanMinimum(int meetingMinutes) {
        return AgendaTemplates.jointPlanMinimum(AgendaTemplates.of(meetingMinutes));
    }

    private List<AgendaTemplateSection> rows(int meetingMinutes) {
        return em.createNamedQuery("AgendaTemplateSection.ofLength", AgendaTemplateSection.class)
                .setParameter("minutes", meetingMinutes).getResultList();
    }
}
