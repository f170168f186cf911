package com.partnerqbr.portal.web.security;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page's form actions run on a POST only. Faces takes any request carrying a view state
 * for a postback, so a link {@code GET /vendor/program.xhtml?jakarta.faces.ViewState=...&form:approve=}
 * would run the action: such a GET is refused with the 400 page and changes nothing.
 */
public class PostbackOnlyFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
