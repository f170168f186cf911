package com.partnerqbr.portal.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The module's error page (web.xml): errors the servlet container answers itself, before
 * or around JAX-RS, as problem documents too. The one that matters: a bearer token that
 * fails verification (bad signature, expired, wrong issuer or audience, not a JWT). Payara's
 * MP-JWT mechanism reports it to the container as SEND_FAILURE and the container calls
 * {@code sendError(401)} on the response before the API's exception mappers run; their
 * answer is then discarded and the container renders this page instead of its HTML one.
 * Requested directly, it answers 404 like any unknown URL.
 */
@WebServlet(name = "ErrorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error";

    private static final long serialVersionUID = 1L;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = request.getDispatcherType() == DispatcherType.ERROR && code instanceof Integer error ? error : 404;
        response.setStatus(status);
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, HttpProblems.challenge(request.getHeader(HttpHeaders.AUTHORIZATION)));
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(HttpProblems.of(status)));
    }
}
