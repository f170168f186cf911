package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.plan.grading.GradeLevel;
import com.partnerqbr.portal.plan.grading.GradingService;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A side's grade of one commitment at the QBR that follows its plan, from the joint plan page:
 * done, partly or not done, with a note. Where the two sides' grades differ the record shows both.
 */
@Named
@RequestScoped
public class GradeCommitment {

    @EJB
    private GradingService grading;

    private GradeLevel level;
    private String note;

    /** Grades, then shows the partner's plan again (post-redirect-get). */
    public String grade(long commitmentId, long partnerId) {
        try {
            grading.grade(commitmentId, level, note);
            Messages.info("Graded.");
        } catch (RefusedException | NotFoundException | AccessDeniedException e) {
            Messages.error("Not graded: " + e.getMessage());
        }
        return "/plan.xhtml?faces-redirect=true&partner=" + partnerId;
    }

    /** The grades record of a commitment in words: "Vendor: done, partner: partly". */
    public String summary(long commitmentId) {
        return grading.grades(commitmentId).outcome().summary();
    }

    public GradeLevel[] getLevels() {
        return GradeLevel.values();
    }

    public GradeLevel getLevel() {
        return level;
    }

    public void setLevel(GradeLevel level) {
        this.level = level;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
