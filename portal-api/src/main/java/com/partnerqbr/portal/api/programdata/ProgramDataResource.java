package com.partnerqbr.portal.api.programdata;

import com.partnerqbr.portal.api.problem.InvalidParameter;
import com.partnerqbr.portal.api.problem.Problem;
import com.partnerqbr.portal.api.security.ApiRoles;
import com.partnerqbr.portal.program.intake.Column;
import com.partnerqbr.portal.program.intake.ImportProblem;
import com.partnerqbr.portal.program.intake.ImportResult;
import com.partnerqbr.portal.program.intake.ProgramDataImport;
import com.partnerqbr.portal.program.intake.ProgramDataKind;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Program data sent by a vendor's systems: deals, targets, commissions, enablement,
 * co-sell activities, joint customers and the partners themselves, as a JSON array of
 * objects whose fields are the columns of the CSV import. The same checks and the same
 * all-or-nothing rule as the CSV import: every record is checked, then all are applied in
 * one transaction or none, and a record with a known external id (a partner: code) is
 * updated, never duplicated.
 */
@Path("records/{kind}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.VENDOR_ADMIN, ApiRoles.VENDOR_INTEGRATION})
@Tag(name = "Program data", description = "Deals, targets, commissions, enablement, activities, joint customers and"
        + " partners")
@APIResponse(responseCode = "401", description = "No bearer token, or one that fails verification",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
@APIResponse(responseCode = "403", description = "The token is not a vendor admin's or a vendor integration's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
@APIResponse(responseCode = "404", description = "Not a kind of program data",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
public class ProgramDataResource {

    /** Records in one request at most; more go in several requests. */
    static final int MAX_RECORDS = 10_000;

    @EJB
    private ProgramDataImport importer;

    @GET
    @Path("columns")
    @Operation(summary = "The fields a record of this kind has, which are required, and their format")
    @APIResponse(responseCode = "200", description = "The fields, in the CSV's column order")
    public JsonArray columns(@Parameter(required = true, description = "deals, targets, commissions, enablement, activities,"
            + " joint-customers or partners", example = "deals") @PathParam("kind") String kind) {
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
    @APIResponse(responseCode = "400", description = "The body is empty, not JSON, not one JSON array of objects,"
            + " nests values, or holds more than " + MAX_RECORDS + " records: nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    @APIResponse(responseCode = "422", description = "Some records are invalid: nothing was imported; errors name"
            + " each record (in: body[n], 1-based) and field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    public Response importRecords(@Parameter(required = true, description = "deals, targets, commissions,"
            + " enablement, activities, joint-customers or partners", example = "deals") @PathParam("kind") String kind,
            @RequestBody(required = true, description = "A JSON"
            + " array of records, one object each, whose fields are the kind's columns (see .../columns); at most "
            + MAX_RECORDS + " records and 10 MB", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class))) InputStream body) {
        ProgramDataKind dataKind = kind(kind);
        ProgramDataJson.Records records;
        try {
            records = ProgramDataJson.read(body, dataKind.plural(), MAX_RECORDS);
        } catch (ProgramDataJson.Unreadable e) {
            return Problem.of(400, e.getMessage()).toResponse();
        }
        if (!records.problems().isEmpty()) {
            return Problem.invalidRecords(records.problems()).toResponse();
        }
        ImportResult result = importer.importRows(dataKind, records.rows());
        if (!result.isApplied()) {
            return Problem.invalidRecords(result.problems().stream().map(ProgramDataResource::error).toList()).toResponse();
        }
        return Response.ok(Json.createObjectBuilder().add("kind", dataKind.code()).add("created", result.created())
                .add("updated", result.updated()).add("unchanged", result.unchanged()).build()).build();
    }

    private static InvalidParameter error(ImportProblem problem) {
        return new InvalidParameter(problem.column() == null ? "" : problem.column(),
                problem.line() == 0 ? "body" : ProgramDataJson.at(problem.line()), problem.message());
    }

    private static ProgramDataKind kind(String code) {
        return ProgramDataKind.ofCode(code).orElseThrow(() -> new NotFoundException("kind of program data (the kinds are "
                + Arrays.stream(ProgramDataKind.values()).map(ProgramDataKind::code).collect(Collectors.joining(", ")) + ")",
                code));
    }
}
