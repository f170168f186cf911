package com.partnerqbr.portal.api.problem;

/** The problem documents of plain HTTP errors, alike whether JAX-RS or the container answers. */
final class HttpProblems {

    private static final String REALM = "Bearer realm=\"portal\"";

    private HttpProblems() {
    }

    static Problem of(int status) {
        return Problem.of(status, detail(status));
    }

    /** The RFC 6750 challenge of a 401: with {@code invalid_token} when the request did carry a bearer token. */
    static String challenge(String authorization) {
        boolean tokenSent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return tokenSent ? REALM + ", error=\"invalid_token\"" : REALM;
    }

    private static String detail(int status) {
        return switch (status) {
            case 401 -> "A valid bearer access token of the portal realm for the audience portal-api is required.";
            case 403 -> "The token's roles do not allow this request.";
            case 404 -> "There is no resource at this URL.";
            case 405 -> "The resource does not support this method.";
            case 406 -> "The resource cannot answer in an accepted media type.";
            case 415 -> "The resource does not accept this media type.";
            case 500 -> "The server could not answer this request.";
            case 503 -> "The portal's database is out of reach for a moment; nothing was changed. Try again after"
                    + " the seconds Retry-After says.";
            default -> null;
        };
    }
}
