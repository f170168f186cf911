package com.partnerqbr.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response of the portal, error pages included (mapped in
 * {@code web.xml} for requests, forwards and error dispatches, before every other filter):
 * the {@link ContentSecurityPolicy}, no sniffing, no framing, no referrer to other sites,
 * and {@code Cache-Control: no-store} on everything a signed-in user gets except the static
 * resources, so a signed-in page is never kept by the browser or a proxy. On a Faces page
 * PrimeFaces adds the policy with the page's script nonce: that header replaces this one
 * instead of being a second policy (browsers enforce every policy they get).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final String CSP = "Content-Security-Policy";

    @Inject
    private ContentSecurityPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy.getPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.getUserPrincipal() != null && !request.getServletPath().startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response on which adding a Content-Security-Policy replaces the one set before. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
