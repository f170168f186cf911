package com.partnerqbr.portal.web.review;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.program.Messages;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.agenda.SectionKind;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What every form of the QBR workspace does alike: read the QBR's id from the form, run the
 * change, say in the growl what happened or why nothing did, and redirect back to the workspace
 * (post-redirect-get) on the side's own path.
 */
public final class QbrForms {

    private QbrForms() {
    }

    /** Runs a change of the QBR named by the form's {@code qbr} field; the action returns the message on success. */
    public static String change(String failure, LongFunction<String> action) {
        String qbr = param("qbr");
        if (qbr == null || !qbr.matches("[0-9]{1,18}")) {
            Messages.error(failure + ": the QBR was not named.");
            return null;
        }
        try {
            Messages.info(action.apply(Long.parseLong(qbr)));
        } catch (RefusedException e) {
            // a refusal that already says what was not done (the agenda's) is not prefixed twice
            Messages.error(e.getMessage().startsWith(failure) ? e.getMessage() : failure + ": " + e.getMessage());
        } catch (AccessDeniedException e) {
            Messages.error(failure + ": your role reads this QBR; it does not change it.");
        } catch (NotFoundException | IllegalArgumentException e) {
            Messages.error(failure + ": that does not exist.");
        }
        String page = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return page + "?faces-redirect=true&qbr=" + qbr;
    }

    /**
     * The agenda rows of an agenda or template form (section id, kind, title, minutes, purpose,
     * looks back, by row number); rows without a title and minutes are left out.
     */
    static List<AgendaView.Section> sectionRows() {
        List<AgendaView.Section> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String title = param("title_" + i);
            if (title == null || title.isBlank() && minutes("minutes_" + i) == 0) {
                continue;
            }
            String kind = param("kind_" + i);
            rows.add(new AgendaView.Section(number("section_" + i), i + 1, kind == null || kind.isBlank()
                    ? SectionKind.OTHER : SectionKind.valueOf(kind), title, minutes("minutes_" + i),
                    param("purpose_" + i), param("back_" + i) != null, null, null));
        }
        return rows;
    }

    public static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A number from the form, or null when it is not one. */
    public static Long number(String name) {
        String value = param(name);
        return value != null && value.matches("-?[0-9]{1,18}") ? Long.valueOf(value) : null;
    }

    static int minutes(String name) {
        String value = param(name);
        return value != null && value.strip().matches("[0-9]{1,4}") ? Integer.parseInt(value.strip()) : 0;
    }
}
