package com.partnerqbr.portal.web.faces;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import org.primefaces.csp.CspException;

/**
 * The portal's error pages ({@code web.xml}), written without Faces: an error met in a form's
 * postback is dispatched here with the form's parameters, view state included, and a Faces
 * error page would take them for a postback of its own, fail to restore that view and end in
 * a 500. Each page names what happened in words and that nothing was changed; a service's
 * refusal adds its own words (escaped).
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The request attribute with a service's words for the refusal, set by {@link RefusalExceptionHandler}, or
     * the sign-in's; for a 503 they say what is not available, in place of the database's words.
     */
    public static final String REFUSAL = "com.partnerqbr.portal.refusal";

    private record Text(String title, String body) {
    }

    private static final Map<Integer, Text> TEXTS = Map.of(
            400, new Text("Page expired", Refusal.EXPIRED),
            403, new Text("Not allowed", "Your account does not have access to this page. Nothing was changed."),
            404, new Text("Not found", "There is nothing here, or it is not yours to see."),
            409, new Text("Not done", "Nothing was changed."),
            413, new Text("Too large", "Nothing was read or changed."),
            502, new Text("Sign-in not completed",
                    "The identity provider did not confirm your sign-in. Nothing was changed; please sign in again."),
            503, new Text("Not available just now", Refusal.DATABASE_DOWN));
    private static final Text FAILED = new Text("Something went wrong",
            "The portal could not complete this request. Nothing was changed; please try again.");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        if (withoutPageNonce(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            status = HttpServletResponse.SC_BAD_REQUEST;
        }
        Text text = TEXTS.getOrDefault(status, FAILED);
        Object message = request.getAttribute(REFUSAL);
        boolean refusal = message instanceof String words && !words.isBlank();
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String context = request.getContextPath();
        PrintWriter page = response.getWriter();
        page.print("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + text.title() + " · Partner portal</title>"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"" + context + "/jakarta.faces.resource/images/favicon.svg.xhtml\"/>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/css/portal.css.xhtml\"/>"
                + "</head><body><main class=\"portal-main portal-public\"><h1>" + text.title() + "</h1>");
        if (refusal) {
            page.print("<p id=\"refusal\" class=\"error-text\">" + escape((String) message) + "</p>");
        }
        String body = status == HttpServletResponse.SC_SERVICE_UNAVAILABLE && refusal && !text.body().equals(message)
                ? "Nothing was changed; please try again in a minute." : text.body();
        page.print("<p class=\"error-text\">" + body + "</p>"
                + "<p><a href=\"" + context + "/\">Go to the partner portal</a></p></main></body></html>");
    }

    /** A postback PrimeFaces refused: it lacks the page's script nonce, so its form did not come from the page. */
    private static boolean withoutPageNonce(Object exception) {
        for (Throwable cause = exception instanceof Throwable t ? t : null; cause != null;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String words) {
        StringBuilder escaped = new StringBuilder(words.length());
        for (char c : words.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
