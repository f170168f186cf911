package com.partnerqbr.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The portal's Content-Security-Policy: everything from the portal itself, nothing from
 * other origins, no framing; forms may post to the portal and, for sign-out, to the
 * identity provider. Scripts only from the portal's own files and, on Faces pages, inline
 * scripts carrying the response's nonce: PrimeFaces ({@code primefaces.CSP}) puts a fresh
 * nonce on every script it renders, moves inline event handlers into such scripts and
 * appends the nonce to {@link #getBeforeScriptNonce()}. No {@code 'unsafe-inline'} and no
 * {@code 'unsafe-eval'} for scripts. Styles keep {@code 'unsafe-inline'}: PrimeFaces and the
 * pages set style attributes (bar widths, chart sizes), which no nonce can cover, and a style
 * cannot run script.
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {

    @Inject
    private OidcSettings oidcSettings;

    /** The policy of every response that is not a Faces page: scripts from the portal's files only. */
    public String getPolicy() {
        return getBeforeScriptNonce() + ";";
    }

    /** The policy up to the script sources, for PrimeFaces to append the page's nonce to ({@code web.xml}). */
    public String getBeforeScriptNonce() {
        return "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + oidcSettings.getProviderOrigin() + "; script-src 'self'";
    }
}
