package com.partnerqbr.portal.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The API's authentication mechanism (named in web.xml): Payara's MicroProfile JWT
 * mechanism, which verifies the bearer token, given the request with its authorization
 * scheme written {@code Bearer}. Authorization schemes are case-insensitive (RFC 9110,
 * section 11.1), but Payara's mechanism only takes the exact text {@code "Bearer "}, so a
 * client sending {@code bearer} would be refused with a valid token.
 *
 * <p>Payara's mechanism is looked up by its class name because it is not part of any API;
 * the same name Payara itself maps the web.xml value {@code JWT} to.
 */
@ApplicationScoped
public class BearerMechanism implements HttpAuthenticationMechanism {

    static final String PAYARA_JWT = "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";

    private static final String SCHEME = "Bearer ";

    private volatile HttpAuthenticationMechanism jwt;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String normalized = normalized(authorization);
        HttpServletRequest sent = normalized == null || normalized.equals(authorization) ? request
                : new WithAuthorization(request, normalized);
        return jwt().validateRequest(sent, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return jwt().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        jwt().cleanSubject(request, response, context);
    }

    /** The header with a bearer scheme in any letter case written {@code Bearer}; anything else unchanged. */
    static String normalized(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return SCHEME + authorization.substring(SCHEME.length());
        }
        return authorization;
    }

    private HttpAuthenticationMechanism jwt() {
        HttpAuthenticationMechanism mechanism = jwt;
        if (mechanism == null) {
            try {
                Class<?> type = Class.forName(PAYARA_JWT, true, Thread.currentThread().getContextClassLoader());
                mechanism = (HttpAuthenticationMechanism) CDI.current().select(type).get();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Payara's MicroProfile JWT mechanism is missing", e);
            }
            jwt = mechanism;
        }
        return mechanism;
    }

    /** The request with another Authorization header. */
    private static final class WithAuthorization extends HttpServletRequestWrapper {

        private final String authorization;

        WithAuthorization(HttpServletRequest request, String authorization) {
            super(request);
            this.authorization = authorization;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.enumeration(
                    Collections.singletonList(authorization)) : super.getHeaders(name);
        }
    }
}
