package com.partnerqbr.portal.web.scorecard;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.dispute.DisputeService;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "Question a figure" form of a scorecard page (WEB-INF/includes/scorecard.xhtml): either side logs
 * a question about one figure as a dispute, then sees the page again. The dispute service is looked up
 * when a question is logged, not when the form is shown (its reference was ~2% of the page's server time).
 */
@Named
@RequestScoped
public class FigureQuestion {

    @Inject
    private Instance<DisputeService> disputes;

    @Inject
    private PartnerScorecardView page;

    /** The figure questioned (its Question button puts its id into the form). */
    private Long figure;

    /** What looks wrong. */
    private String comment;

    public String raise() {
        try {
            disputes.get().raise(figure == null ? -1 : figure, comment);
            Messages.info("Your question is logged as a dispute; it is resolved outside the meeting.");
        } catch (RefusedException e) {
            Messages.error("Not logged: " + e.getMessage() + ".");
        } catch (NotFoundException e) {
            Messages.error("Not logged: that figure is not on this scorecard.");
        }
        return page.reload();
    }

    public Long getFigure() {
        return figure;
    }

    public void setFigure(Long figure) {
        this.figure = figure;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
