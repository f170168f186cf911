package com.partnerqbr.portal.web.scorecard;

import static com.partnerqbr.portal.web.faces.ChartJson.BUILDERS;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.MetricGroup;
import com.partnerqbr.portal.scorecard.ScorecardCalculator;
import com.partnerqbr.portal.scorecard.ScorecardPdf;
import com.partnerqbr.portal.scorecard.ScorecardService.FigureView;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardPage;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.StuckDeals.StuckList;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One partner's scorecard for one quarter: figures grouped by revenue, pipeline and
 * health with target and trend, the talking points, the health score and its formula.
 * Vendor staff open any partner of their program ({@code ?partner=ID}); a partner user
 * sees its own. Either side can question a figure ({@link FigureQuestion}); vendor admins and partner managers
 * freeze it.
 */
@Named
@ViewScoped
public class PartnerScorecardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScorecardService scorecards;

    @Inject
    private CallerContext callerContext;

    @Inject
    private Figures figures;

    private ScorecardView scorecard;
    private List<QuarterLink> quarterLinks;
    private List<FigureGroup> groups;
    private String stamp;
    private StuckList stuck;

    /**
     * Reads the scorecard the URL names: a vendor's page the partner ({@code ?partner=ID}), either side's the
     * quarter ({@code ?quarter=2026-Q3}; none means the default one). Anything malformed, unknown or not the
     * caller's answers 404. The parameters are read here, not injected with OmniFaces' {@code @Param} as on
     * other pages: its producer looks the bean manager up on every injection, 3.4% of this page's server time.
     */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        try {
            boolean partnerUser = callerContext.current().isPartnerUser();
            String partner = parameters.get("partner");
            if (!partnerUser && (partner == null || !IdConverter.isId(partner))) {
                throw new NotFoundException("partner", "");
            }
            String quarter = parameters.get("quarter");
            Quarter asked = quarter == null || quarter.isBlank() ? null : Quarter.parse(quarter);
            ScorecardPage page = partnerUser ? scorecards.ownPage(asked) : scorecards.page(Long.parseLong(partner), asked);
            scorecard = page.scorecard();
            stuck = page.stuck();
            String contextPath = faces.getExternalContext().getRequestContextPath();
            quarterLinks = page.quarters().stream()
                    .map(q -> new QuarterLink(q, contextPath + url(q), q.equals(scorecard.quarter()))).toList();
            stamp = page.stamp();
        } catch (NotFoundException | IllegalArgumentException e) {
            faces.getExternalContext().responseSendError(404, "Scorecard not found");
            faces.responseComplete();
        }
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

    /** The scorecard on the page as its one-page PDF, for either side. */
    public void pdf() throws IOException {
        Downloads.send("scorecard-" + scorecard.partnerId() + "-" + scorecard.quarter() + ".pdf", "application/pdf",
                "Scorecard not found", () -> ScorecardPdf.render(scorecard));
    }

    /** This page again, after an action (its messages kept across the redirect). */
    String reload() {
        return url(scorecard.quarter()) + "&faces-redirect=true";
    }

    /** The page of this partner's scorecard of a quarter: a partner user's own, or the vendor's page of the partner. */
    private String url(Quarter q) {
        return callerContext.current().isPartnerUser() ? "/partner/scorecard.xhtml?quarter=" + q
                : "/vendor/scorecard.xhtml?partner=" + scorecard.partnerId() + "&quarter=" + q;
    }

    /** A quarter's link above the scorecard; the quarter shown is the current one. */
    public record QuarterLink(Quarter quarter, String href, boolean current) implements Serializable {
    }

    /** A figure as its row shows it, every text made once when the page is read (not once per use while rendering). */
    public record FigureRow(long figureId, String metric, String label, int definitionVersion, String value, String target,
                            String trendText, String sparkline, String arrow, String arrowText, String detail)
            implements Serializable {
    }

    /** The figures of one group (revenue, pipeline, health) under its heading, in the scorecard's order. */
    public record FigureGroup(String label, List<FigureRow> rows) implements Serializable {
    }

    private List<FigureGroup> groups(ScorecardView card) {
        return Arrays.stream(MetricGroup.values()).map(group -> new FigureGroup(group.getLabel(),
                card.figures().stream().filter(f -> f.metric().getGroup() == group).map(f -> row(f, card)).toList()))
                .toList();
    }

    private FigureRow row(FigureView f, ScorecardView card) {
        String currency = card.currency();
        return new FigureRow(f.figureId(), f.metric().name(), f.metric().getLabel(), f.definitionVersion(),
                figures.format(f.metric(), f.value(), currency),
                f.target() == null ? "" : figures.format(f.metric(), f.target(), currency),
                figures.trendText(f.metric(), f.trend(), card.trendQuarters(), currency), figures.sparkline(f.trend()),
                figures.arrow(f.metric(), f.trend()), figures.arrowText(f.metric(), f.trend()), f.detail());
    }

    public ScorecardView getScorecard() {
        return scorecard;
    }

    public boolean isMayFreeze() {
        return scorecard.mayFreeze(callerContext.current());
    }

    /** The figure rows, made when the page renders them (not when it shows the rows it kept, see {@link #getCacheKey}). */
    public List<FigureGroup> getGroups() {
        if (groups == null) {
            groups = groups(scorecard);
        }
        return groups;
    }

    /**
     * What the scorecard's markup (its head, talking points, chart and figure tables) is kept under by the server
     * (o:cache in WEB-INF/includes/scorecard.xhtml): this partner's scorecard of this quarter as long as none of
     * the partner's scorecards changed, for one side (the quarter links lead to that side's pages). It shows
     * nothing else of the person reading it.
     */
    public String getCacheKey() {
        return "scorecard " + scorecard.partnerId() + " " + scorecard.quarter() + " " + stamp
                + (callerContext.current().isPartnerUser() ? " partner" : " vendor");
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

    public List<QuarterLink> getQuarterLinks() {
        return quarterLinks;
    }

    /** The partner's deals stuck today, one by one. */
    public StuckList getStuck() {
        return stuck;
    }
}
