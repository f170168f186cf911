package com.partnerqbr.portal.web.review;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.agenda.AgendaSectionPlan;
import com.partnerqbr.portal.review.agenda.AgendaTemplateService;
import com.partnerqbr.portal.review.agenda.AgendaTemplateService.Template;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The program settings' agenda templates: one form per meeting length, its sections as the QBR
 * workspace's agenda form has them; a save keeps the agenda rules or is refused naming each rule
 * it broke; an emptied form goes back to the portal's default template.
 */
@Named
@RequestScoped
public class AgendaTemplatesView {

    @EJB
    private AgendaTemplateService service;

    @EJB
    private ProgramClock programClock;

    private List<Template> templates;

    @PostConstruct
    void load() {
        templates = service.templates();
    }

    public String save() {
        Long minutes = QbrForms.number("meetingMinutes");
        Long token = QbrForms.number("templateToken");
        try {
            List<AgendaSectionPlan> sections = QbrForms.sectionRows().stream().map(s -> new AgendaSectionPlan(s.kind(),
                    s.title(), s.minutes(), s.purpose(), s.looksBack())).toList();
            Template saved = service.save(minutes == null ? -1 : minutes.intValue(), sections,
                    token == null ? -2 : token);
            Messages.info("The " + saved.meetingMinutes() + "-minute template is saved: " + saved.summary()
                    + (saved.own() ? "." : " (the default)."));
        } catch (RefusedException e) {
            Messages.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Messages.error("Not saved: " + e.getMessage() + ".");
        } catch (IllegalArgumentException e) {
            Messages.error("Not saved: a section's kind does not exist.");
        }
        return "/vendor/program-settings.xhtml?faces-redirect=true";
    }

    /** The program's share of an agenda that may look back, in percent. */
    public int getLookBackPercent() {
        return programClock.clock().lookBackPercent();
    }

    public List<Template> getTemplates() {
        return templates;
    }

    /** The form's empty rows after a template's sections, up to 8 rows in all. */
    public List<Integer> blankRows(Template template) {
        int used = template.sections().size();
        return IntStream.range(used, Math.max(used + 1, 8)).boxed().toList();
    }
}
