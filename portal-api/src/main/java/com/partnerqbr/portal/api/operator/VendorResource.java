package com.partnerqbr.portal.api.operator;

import com.partnerqbr.portal.api.problem.Problem;
import com.partnerqbr.portal.api.security.ApiRoles;
import com.partnerqbr.portal.operator.NewVendor;
import com.partnerqbr.portal.operator.VendorOnboarding;
import com.partnerqbr.portal.vendor.Vendor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform operator's command: opens a vendor and invites its first vendor admin
 * ({@link VendorOnboarding}), for the operator's client-credentials token (role
 * {@code platform-operator}, no vendor). Every other token answers 403.
 */
@Path("operator/vendors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.PLATFORM_OPERATOR)
@Tag(name = "Operator", description = "The platform's operator: vendors (tenants)")
@APIResponse(responseCode = "401", description = "No bearer token, or one that fails verification",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
@APIResponse(responseCode = "403", description = "The token is not the platform operator's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
public class VendorResource {

    private static final List<String> FIELDS = List.of("code", "name", "currency", "timeZone", "senderName",
            "adminEmail", "adminFirstName", "adminLastName");

    @EJB
    private VendorOnboarding onboarding;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens a vendor and invites its first vendor admin (who gets a mail to set a password)")
    @APIResponse(responseCode = "201", description = "Opened: {code, name, currency, senderName, invited}")
    @APIResponse(responseCode = "422", description = "The details are not right; nothing was opened. The detail names"
            + " every field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    @APIResponse(responseCode = "409", description = "The code is taken or the admin's address has an account;"
            + " nothing was opened", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    public Response open(@RequestBody(required = true, description = "The vendor: code, name, currency (ISO 4217),"
            + " timeZone (IANA), senderName (optional), adminEmail, adminFirstName, adminLastName; all texts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    implementation = Object.class))) JsonObject body) {
        if (body == null) {
            return Problem.of(400, "Send the vendor as a JSON object.").toResponse();
        }
        NewVendor details = new NewVendor(text(body, "code"), text(body, "name"), text(body, "currency"),
                text(body, "timeZone"), text(body, "senderName"), text(body, "adminEmail"), text(body, "adminFirstName"),
                text(body, "adminLastName"));
        List<String> problems = details.problems();
        List<String> unknown = body.keySet().stream().filter(k -> !FIELDS.contains(k)).toList();
        if (!unknown.isEmpty()) {
            return Problem.of(422, "Unknown fields " + unknown + "; the fields are " + FIELDS + ".").toResponse();
        }
        if (!problems.isEmpty()) {
            return Problem.of(422, String.join(" ", problems)).toResponse();
        }
        Vendor vendor = onboarding.open(details);
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("code", vendor.getCode())
                .add("name", vendor.getName()).add("currency", vendor.getCurrency())
                .add("senderName", vendor.getSenderName()).add("invited", details.adminEmail()).build()).build();
    }

    private static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        return value instanceof JsonString text ? text.getString() : null;
    }
}
