package com.partnerqbr.portal.api.record;

import com.partnerqbr.portal.api.problem.InvalidParameter;
import com.partnerqbr.portal.api.problem.Problem;
import com.partnerqbr.portal.api.security.ApiRoles;
import com.partnerqbr.portal.program.intake.Column;
import com.partnerqbr.portal.program.intake.ImportProblem;
import com.partnerqbr.portal.program.intake.ImportResult;
import com.partnerqbr.portal.program.intake.IncomingRow;
import com.partnerqbr.portal.program.intake.ProgramDataImport;
import com.partnerqbr.portal.program.intake.RecordKind;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Program data sent by a vendor's systems: deals, targets, commissions, enablement,
 * co-sell activities and joint customers, as a JSON array of objects whose fields are the
 * columns of the CSV import. The same checks and the same all-or-nothing rule as the CSV
 * import: every record is checked, then all are applied in one transaction or none, and a
 * record with a known external id is updated, never duplicated.
 */
@Path("records/{kind}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.VENDOR_ADMIN, ApiRoles.VENDOR_INTEGRATION})
@Tag(name = "Program data", description = "Deals, targets, commissions, enablement, activities and joint customers")
@APIResponse(responseCode = "401", description = "No bearer token, or one that fails verification",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
@APIResponse(responseCode = "403", description = "The token is not a vendor admin's or a vendor integration's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
@APIResponse(responseCode = "404", description = "Not a kind of program data",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
public class RecordResource {

    /** Records in one request at most; more go in several requests. */
    static final int MAX_RECORDS = 10_000;

    @EJB
    private ProgramDataImport importer;

    @GET
    @Path("columns")
    @Operation(summary = "The fields a record of this kind has, which are required, and their format")
    @APIResponse(responseCode = "200", description = "The fields, in the CSV's column order")
    public JsonArray columns(@Parameter(description = "deals, targets, commissions, enablement, activities or"
            + " joint-customers", example = "deals") @PathParam("kind") String kind) {
        JsonArrayBuilder columns = Json.createArrayBuilder();
        for (Column column : kind(kind).columns()) {
            columns.add(Json.createObjectBuilder().add("name", column.name()).add("required", column.required())
                    .add("format", column.format()));
        }
        return columns.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports records of one kind: all of them, or none and every problem")
    @APIResponse(responseCode = "200", description = "All records applied: {kind, created, updated, unchanged}")
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of objects, or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    @APIResponse(responseCode = "422", description = "Some records are invalid: nothing was imported; errors name"
            + " each record (in: body[n], 1-based) and field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    public Response importRecords(@PathParam("kind") String kind, JsonValue body) {
        RecordKind recordKind = kind(kind);
        if (body == null || body.getValueType() != JsonValue.ValueType.ARRAY) {
            return Problem.of(400, "the body must be a JSON array of " + recordKind.plural() + ", one object each")
                    .toResponse();
        }
        JsonArray records = body.asJsonArray();
        if (records.size() > MAX_RECORDS) {
            return Problem.of(400, records.size() + " records in one request; send at most " + MAX_RECORDS
                    + " per request").toResponse();
        }
        List<IncomingRow> rows = new ArrayList<>();
        List<InvalidParameter> malformed = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(row(i + 1, records.get(i), malformed));
        }
        if (!malformed.isEmpty()) {
            return Problem.invalidRecords(malformed).toResponse();
        }
        ImportResult result = importer.importRows(recordKind, rows);
        if (!result.isApplied()) {
            return Problem.invalidRecords(result.problems().stream().map(RecordResource::error).toList()).toResponse();
        }
        return Response.ok(Json.createObjectBuilder().add("kind", recordKind.code()).add("created", result.created())
                .add("updated", result.updated()).add("unchanged", result.unchanged()).build()).build();
    }

    /** One JSON object as a row of text values; anything that is not text, a number, a boolean or null is refused. */
    private static IncomingRow row(int position, JsonValue value, List<InvalidParameter> malformed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            malformed.add(new InvalidParameter("", position(position), "must be an object of field: value"));
            return new IncomingRow(position, values);
        }
        JsonObject object = value.asJsonObject();
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            JsonValue v = field.getValue();
            switch (v.getValueType()) {
                case STRING -> values.put(field.getKey(), ((JsonString) v).getString());
                case NUMBER -> values.put(field.getKey(), ((JsonNumber) v).bigDecimalValue().toPlainString());
                case TRUE -> values.put(field.getKey(), "true");
                case FALSE -> values.put(field.getKey(), "false");
                case NULL -> values.put(field.getKey(), null);
                default -> malformed.add(new InvalidParameter(field.getKey(), position(position),
                        "must be a text, a number, true, false or null"));
            }
        }
        return new IncomingRow(position, values);
    }

    private static InvalidParameter error(ImportProblem problem) {
        return new InvalidParameter(problem.column() == null ? "" : problem.column(),
                problem.line() == 0 ? "body" : position(problem.line()), problem.message());
    }

    private static String position(long position) {
        return "body[" + position + "]";
    }

    private static RecordKind kind(String code) {
        return RecordKind.ofCode(code).orElseThrow(() -> new NotFoundException("kind of program data (the kinds are "
                + Arrays.stream(RecordKind.values()).map(RecordKind::code).collect(Collectors.joining(", ")) + ")",
                code));
    }
}
