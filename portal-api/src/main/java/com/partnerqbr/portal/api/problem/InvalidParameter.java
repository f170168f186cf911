package com.partnerqbr.portal.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid parameter of a request, in a {@link Problem} of type {@link Problem#INVALID_PARAMETERS}. */
@Schema(name = "InvalidParameter", description = "A request parameter whose value is not accepted")
@JsonbPropertyOrder({"name", "in", "reason"})
public final class InvalidParameter {

    @Schema(description = "The parameter's name as the request carries it", example = "limit")
    private final String name;

    @Schema(description = "Where the parameter is: query, path, header...", example = "query")
    private final String in;

    @Schema(description = "What is wrong with its value", example = "must be between 1 and 100")
    private final String reason;

    public InvalidParameter(String name, String in, String reason) {
        this.name = name;
        this.in = in;
        this.reason = reason;
    }

    public String getName() {
        return name;
    }

    public String getIn() {
        return in;
    }

    public String getReason() {
        return reason;
    }
}
