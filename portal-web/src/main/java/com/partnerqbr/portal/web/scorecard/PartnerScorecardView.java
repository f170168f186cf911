package com.partnerqbr.portal.web.scorecard;

import static com.partnerqbr.portal.web.faces.ChartJson.BUILDERS;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.MetricGroup;
import com.partnerqbr.portal.scorecard.ScorecardCalculator;
import com.partnerqbr.portal.scorecard.ScorecardPdf;
import com.partnerqbr.portal.scorecard.ScorecardService.FigureView;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.StuckDeals.StuckList;
import com.partnerqbr.portal.scorecard.StuckDeals;
import com.partnerqbr.portal.scorecard.dispute.DisputeService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.param.IdConverter;
import com.partnerqbr.portal.web.program.Downloads;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

/**
 * One partner's scorecard for one quarter: figures grouped by revenue, pipeline and
 * health with target and trend, the talking points, the health score and its formula.
 * Vendor staff open any partner of their program ({@code ?partner=ID}); a partner user
 * sees its own. Either side can question a figure; vendor admins and partner managers freeze it.
 */
@Named
@ViewScoped
public class PartnerScorecardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScorecardService scorecards;

    @Inject
    private DisputeService disputes;

    @Inject
    private StuckDeals stuckDeals;

    @Inject
    private CallerContext callerContext;

    /** The partner of a vendor's page ({@code ?partner=}); null when missing or malformed. */
    @Inject
    @Param(name = "partner", converter = IdConverter.ID)
    private Long partner;

    /** The quarter of the URL ({@code ?quarter=2026-Q3}); none means the default one, a malformed one answers 404. */
    @Inject
    @Param(name = "quarter")
    private ParamValue<Quarter> quarter;
    private ScorecardView scorecard;
    private List<Quarter> quarters;
    private Long disputedFigure;
    private String disputeComment;
    private StuckList stuck;

    /** Reads the scorecard the URL names; anything malformed, unknown or not the caller's answers 404. */
    public void load() throws IOException {
        try {
            boolean partnerUser = callerContext.current().isPartnerUser();
            if (!partnerUser && partner == null) {
                throw new NotFoundException("partner", "");
            }
            if (quarter.getSubmittedValue() != null && !quarter.getSubmittedValue().isBlank() && quarter.getValue() == null) {
                throw new NotFoundException("scorecard of quarter", quarter.getSubmittedValue());
            }
            quarters = partnerUser ? scorecards.ownQuarters() : scorecards.quarters(partner);
            Quarter wanted = quarter.getValue();
            if (wanted == null) {
                wanted = defaultQuarter();
            }
            scorecard = partnerUser ? scorecards.ownView(wanted) : scorecards.view(partner, wanted);
        } catch (NotFoundException | IllegalArgumentException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Scorecard not found");
            faces.responseComplete();
        }
    }

    /** The last full quarter, the one a QBR reviews, when it has a scorecard; else the newest there is. */
    private Quarter defaultQuarter() {
        Quarter lastFull = ProgramCalendar.currentQuarter().previous();
        if (quarters.isEmpty()) {
            throw new NotFoundException("scorecard of partner", partner);
        }
        return quarters.contains(lastFull) ? lastFull : quarters.get(0);
    }

    public String freeze() {
        try {
            scorecards.freeze(scorecard.partnerId(), scorecard.quarter(), scorecard.version());
            Messages.info("The " + scorecard.quarter() + " scorecard of " + scorecard.partnerName()
                    + " is frozen: its figures will not change again.");
        } catch (RefusedException e) {
            Messages.error("Not frozen: " + e.getMessage() + ".");
        }
        return reload();
    }

    public String raiseDispute() {
        try {
            disputes.raise(disputedFigure == null ? -1 : disputedFigure, disputeComment);
            Messages.info("Your question is logged as a dispute; it is resolved outside the meeting.");
        } catch (RefusedException e) {
            Messages.error("Not logged: " + e.getMessage() + ".");
        } catch (NotFoundException e) {
            Messages.error("Not logged: that figure is not on this scorecard.");
        }
        return reload();
    }

    /** The scorecard on the page as its one-page PDF, for either side. */
    public void pdf() throws IOException {
        Downloads.send("scorecard-" + scorecard.partnerId() + "-" + scorecard.quarter() + ".pdf", "application/pdf",
                "Scorecard not found", () -> ScorecardPdf.render(scorecard));
    }

    private String reload() {
        String page = callerContext.current().isPartnerUser() ? "/partner/scorecard.xhtml" : "/vendor/scorecard.xhtml";
        return page + "?faces-redirect=true&quarter=" + scorecard.quarter()
                + (callerContext.current().isPartnerUser() ? "" : "&partner=" + scorecard.partnerId());
    }

    public ScorecardView getScorecard() {
        return scorecard;
    }

    public boolean isMayFreeze() {
        return scorecard.mayFreeze(callerContext.current());
    }

    public List<FigureView> figures(MetricGroup group) {
        return scorecard.figures().stream().filter(f -> f.metric().getGroup() == group).toList();
    }

    public List<MetricGroup> getGroups() {
        return List.of(MetricGroup.values());
    }

    public String getHealthFormula() {
        return ScorecardCalculator.HEALTH_FORMULA;
    }

    /** Chart.js configuration: attributed revenue and open pipeline over the trend quarters. */
    public String getTrendChart() {
        JsonArrayBuilder labels = BUILDERS.createArrayBuilder();
        scorecard.trendQuarters().forEach(q -> labels.add(q.toString()));
        return BUILDERS.createObjectBuilder()
                .add("type", "line")
                .add("data", BUILDERS.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", BUILDERS.createArrayBuilder()
                                .add(series("Attributed revenue", Metric.ATTRIBUTED_REVENUE, "#1f6feb"))
                                .add(series("Open pipeline", Metric.OPEN_PIPELINE, "#d97706"))))
                .add("options", BUILDERS.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("spanGaps", true))
                .build().toString();
    }

    private jakarta.json.JsonObjectBuilder series(String label, Metric metric, String colour) {
        JsonArrayBuilder data = BUILDERS.createArrayBuilder();
        List<BigDecimal> trend = scorecard.figures().stream().filter(f -> f.metric() == metric).findFirst()
                .map(FigureView::trend).orElse(List.of());
        for (BigDecimal value : trend) {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value);
            }
        }
        return BUILDERS.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("backgroundColor", colour).add("tension", 0.2);
    }

    public List<Quarter> getQuarters() {
        return quarters;
    }

    public Long getDisputedFigure() {
        return disputedFigure;
    }

    public void setDisputedFigure(Long disputedFigure) {
        this.disputedFigure = disputedFigure;
    }

    /** The partner's deals stuck today, one by one (read once per view). */
    public StuckList getStuck() {
        if (stuck == null) {
            stuck = callerContext.current().isPartnerUser() ? stuckDeals.own() : stuckDeals.of(scorecard.partnerId());
        }
        return stuck;
    }

    public String getDisputeComment() {
        return disputeComment;
    }

    public void setDisputeComment(String disputeComment) {
        this.disputeComment = disputeComment;
    }
}
