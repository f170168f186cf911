package com.partnerqbr.portal.api.scorecard;

import com.partnerqbr.portal.api.problem.Problem;
import com.partnerqbr.portal.api.security.ApiRoles;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.ScorecardService.FigureView;
import com.partnerqbr.portal.scorecard.ScorecardService.ScorecardView;
import com.partnerqbr.portal.scorecard.TalkingPoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The vendor's scorecards: refreshing a quarter from the program data, and reading one
 * partner's scorecard with its figures, trends and talking points. For vendor staff.
 */
@Path("scorecards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards", description = "One partner's figures for one quarter")
@APIResponse(responseCode = "400", description = "Not a quarter (2026-Q3) or not a partner code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
@APIResponse(responseCode = "401", description = "No bearer token, or one that fails verification",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
@APIResponse(responseCode = "403", description = "The token may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
public class ScorecardResource {

    static final String QUARTER = "\\d{4}-Q[1-4]";
    static final String QUARTER_MESSAGE = "must be a quarter like 2026-Q3";

    @EJB
    private ScorecardService scorecards;

    @EJB
    private PartnerService partners;

    @POST
    @Path("{quarter}/refresh")
    @RolesAllowed({ApiRoles.VENDOR_ADMIN, ApiRoles.PARTNER_MANAGER, ApiRoles.VENDOR_INTEGRATION})
    @Operation(summary = "Recomputes every draft scorecard of the quarter from the program data; frozen ones stay")
    @APIResponse(responseCode = "200", description = "{quarter, created, refreshed, frozenKept, millis}")
    public JsonObject refresh(@PathParam("quarter") @Pattern(regexp = QUARTER, message = QUARTER_MESSAGE) String quarter) {
        ScorecardService.RefreshSummary summary = scorecards.refresh(Quarter.parse(quarter));
        return Json.createObjectBuilder().add("quarter", summary.quarter().toString()).add("created", summary.created())
                .add("refreshed", summary.refreshed()).add("frozenKept", summary.frozenKept())
                .add("millis", summary.took().toMillis()).build();
    }

    @GET
    @Path("{quarter}/{partner}")
    @RolesAllowed({ApiRoles.VENDOR_ADMIN, ApiRoles.PARTNER_MANAGER, ApiRoles.EXECUTIVE, ApiRoles.VENDOR_INTEGRATION})
    @Operation(summary = "One partner's scorecard for the quarter: figures with target and trend, talking points")
    @APIResponse(responseCode = "200", description = "The scorecard")
    @APIResponse(responseCode = "404", description = "No such partner, or no scorecard of it for the quarter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    public JsonObject scorecard(
            @PathParam("quarter") @Pattern(regexp = QUARTER, message = QUARTER_MESSAGE) String quarter,
            @PathParam("partner") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "must be a partner code")
            String partner) {
        ScorecardView card = scorecards.view(partners.findByCode(partner).getId(), Quarter.parse(quarter));
        JsonArrayBuilder quarters = Json.createArrayBuilder();
        card.trendQuarters().forEach(q -> quarters.add(q.toString()));
        JsonArrayBuilder figures = Json.createArrayBuilder();
        for (FigureView figure : card.figures()) {
            JsonArrayBuilder trend = Json.createArrayBuilder();
            figure.trend().forEach(value -> add(trend, value));
            JsonObjectBuilder json = Json.createObjectBuilder().add("metric", figure.metric().name())
                    .add("group", figure.metric().getGroup().name()).add("unit", figure.metric().getUnit().name())
                    .add("definitionVersion", figure.definitionVersion());
            add(json, "value", figure.value());
            add(json, "target", figure.target());
            figures.add(json.add("detail", figure.detail() == null ? "" : figure.detail()).add("trend", trend));
        }
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (TalkingPoint point : card.talkingPoints()) {
            points.add(Json.createObjectBuilder().add("flag", point.getFlag().name())
                    .add("concern", point.getFlag().isConcern()).add("sentence", point.getSentence()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("partner", partner).add("partnerName", card.partnerName())
                .add("quarter", card.quarter().toString()).add("status", card.status().name())
                .add("currency", card.currency());
        add(json, "healthScore", card.healthScore());
        add(json, "refreshedAt", card.refreshedAt());
        add(json, "frozenAt", card.frozenAt());
        return json.add("trendQuarters", quarters).add("figures", figures).add("talkingPoints", points).build();
    }

    private static void add(JsonArrayBuilder array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value.stripTrailingZeros());
        }
    }

    private static void add(JsonObjectBuilder object, String name, BigDecimal value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value.stripTrailingZeros());
        }
    }

    private static void add(JsonObjectBuilder object, String name, Instant value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value.toString());
        }
    }
}
