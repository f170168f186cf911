package com.partnerqbr.portal.web.mail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.plan.reminder.ReminderChoices;
import com.partnerqbr.portal.plan.reminder.ReminderChoices.Choices;
import com.partnerqbr.portal.plan.reminder.ReminderKind;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "Your mail" part of the person's settings page (the time-zone page, reached from their name in
 * the header): which reminders reach them, kind by kind, and receiving again after a one-click
 * unsubscribe. The form posts the kinds ticked, whether to receive at all and the choice it showed.
 */
@Named
@RequestScoped
public class MailChoices {

    @EJB
    private ReminderChoices choices;

    private Choices mine;

    public Choices getMine() {
        if (mine == null) {
            mine = choices.mine();
        }
        return mine;
    }

    public List<ReminderKind> getKinds() {
        return List.of(ReminderKind.values());
    }

    public String save() {
        Map<String, String[]> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        Set<ReminderKind> wanted = EnumSet.noneOf(ReminderKind.class);
        Arrays.stream(form.getOrDefault("kind", new String[0])).forEach(name -> Arrays.stream(ReminderKind.values())
                .filter(k -> k.name().equals(name)).forEach(wanted::add));
        boolean receive = "yes".equals(first(form, "receive"));
        try {
            Choices saved = choices.choose(wanted, receive, first(form, "choicesSeen"));
            Messages.info(saved.optedOutAt() != null || saved.wanted().isEmpty()
                    ? "Saved: you receive no reminders. Invitations and recaps still arrive."
                    : "Saved: you receive " + saved.wanted().size() + " of " + ReminderKind.values().length
                    + " kinds of reminder. Invitations and recaps always arrive.");
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
        }
        return "/time-zone.xhtml?faces-redirect=true";
    }

    private static String first(Map<String, String[]> form, String name) {
        String[] values = form.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }
}
