package com.partnerqbr.portal.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as an RFC 9457 problem document ({@code application/problem+json}). Plain HTTP
 * errors use the type {@code about:blank} and the status phrase as title; invalid
 * parameters use {@link #INVALID_PARAMETERS} and list each parameter in {@code errors}.
 * (A class, not a record: Payara 6's OpenAPI generator fails on
 * {@code @Schema(implementation = ...)} on a record component.)
 */
@Schema(name = Problem.SCHEMA, description = "An error, as an RFC 9457 problem document (application/problem+json)")
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = new MediaType("application", "problem+json");
    /** Name of this schema in the OpenAPI document, for {@code @Schema(ref = Problem.SCHEMA)}. */
    public static final String SCHEMA = "Problem";

    /** Problem type of a request with invalid parameters; {@code errors} names each one. */
    public static final String INVALID_PARAMETERS = "urn:partnerqbr:problem:invalid-parameters";

    @Schema(description = "URI of the problem type", example = "about:blank")
    private final String type;

    @Schema(description = "Short summary of the problem type", example = "Not Found")
    private final String title;

    @Schema(description = "HTTP status code", example = "404")
    private final int status;

    @Schema(description = "What went wrong with this request")
    private final String detail;

    @Schema(type = SchemaType.ARRAY, implementation = InvalidParameter.class,
            description = "The invalid parameters (problem type " + INVALID_PARAMETERS + " only)")
    private final List<InvalidParameter> errors;

    private Problem(String type, String title, int status, String detail, List<InvalidParameter> errors) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    /** A plain HTTP error: type {@code about:blank}, the status phrase as title. */
    public static Problem of(int status, String detail) {
        return new Problem("about:blank", phrase(status), status, detail, null);
    }

    /** A 400 naming each invalid parameter. */
    public static Problem invalidParameters(List<InvalidParameter> errors) {
        String detail = errors.size() == 1 ? "1 parameter of the request is invalid."
                : errors.size() + " parameters of the request are invalid.";
        return new Problem(INVALID_PARAMETERS, "Invalid parameters", 400, detail, errors);
    }

    /** Problem type of records sent to the API that do not pass the import's checks; {@code errors} names each field. */
    public static final String INVALID_RECORDS = "urn:partnerqbr:problem:invalid-records";

    /**
     * A 422 naming every problem of the records sent: {@code in} is the record's position
     * ({@code body[3]} is the third object of the array), {@code name} its field.
     */
    public static Problem invalidRecords(List<InvalidParameter> errors) {
        return new Problem(INVALID_RECORDS, "Invalid records", 422, errors.size()
                + (errors.size() == 1 ? " problem" : " problems") + " in the records sent; nothing was imported.", errors);
    }

    /** A refusal by the program's rules (a frozen scorecard, a stale edit): 409 with the reason. */
    public static Problem conflict(String detail) {
        return new Problem("about:blank", "Conflict", 409, detail, null);
    }

    /** This problem as the response, with its status and media type. */
    public Response toResponse() {
        return toResponse(Response.status(status));
    }

    /** This problem as the body of the given response (whose headers are kept). */
    public Response toResponse(Response.ResponseBuilder response) {
        return response.status(status).type(MEDIA).entity(this).build();
    }

    private static String phrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : Response.Status.Family.familyOf(status).name();
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    /** Absent (null, left out of the JSON) unless the problem is {@link #INVALID_PARAMETERS}. */
    public List<InvalidParameter> getErrors() {
        return errors;
    }
}
