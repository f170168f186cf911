package com.partnerqbr.portal.api.partner;

import com.partnerqbr.portal.api.paging.PageLimit;
import com.partnerqbr.portal.api.paging.PageOffset;
import com.partnerqbr.portal.api.paging.Paging;
import com.partnerqbr.portal.api.problem.Problem;
import com.partnerqbr.portal.api.security.ApiRoles;
import com.partnerqbr.portal.partner.PartnerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partners of the token's vendor. For vendor staff only (vendor admins, partner
 * managers, executives and the vendor's integrations): a partner user's token answers 403.
 * Another vendor's partner answers 404 exactly like an unknown code.
 */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.VENDOR_ADMIN, ApiRoles.PARTNER_MANAGER, ApiRoles.EXECUTIVE, ApiRoles.VENDOR_INTEGRATION})
@Tag(name = "Partners", description = "The companies in the vendor's partner program")
@APIResponse(responseCode = "401", description = "No bearer token, or one that fails verification",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
@APIResponse(responseCode = "403", description = "The token is not a vendor staff's (for example a partner's)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
public class PartnerResource {

    /** What a partner code looks like (as in the model); anything else is a 400. */
    static final String CODE = "[a-z0-9][a-z0-9-]{1,63}";

    @EJB
    private PartnerService partners;

    @GET
    @Operation(summary = "The vendor's partners by name, one page at a time")
    @APIResponse(responseCode = "200", description = "One page of partners, sorted by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerPage.class)))
    @APIResponse(responseCode = "400", description = "offset or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    public PartnerPage list(
            @Parameter(description = "How many partners to skip (0 or more)")
            @QueryParam(Paging.OFFSET) @DefaultValue("0") @PageOffset int offset,
            @Parameter(description = "How many partners to return at most (1 to " + Paging.MAX_LIMIT + ")")
            @QueryParam(Paging.LIMIT) @DefaultValue(Paging.DEFAULT_LIMIT) @PageLimit int limit) {
        int total = Math.toIntExact(partners.count(null, false, false));
        List<PartnerView> items = partners.list(null, false, false, "name", true, offset, limit).stream().map(PartnerView::of).toList();
        return new PartnerPage(items, offset, limit, total);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One partner of the vendor, by code")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "Not a partner code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    @APIResponse(responseCode = "404", description = "The vendor has no partner with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = Problem.SCHEMA)))
    public PartnerView get(
            @Parameter(description = "The partner's code", required = true, example = "brightpath")
            @PathParam("code") @Pattern(regexp = CODE, message = "must be a partner code: lower-case letters, digits and '-'")
            String code) {
        return PartnerView.of(partners.findByCode(code));
    }
}
