package com.partnerqbr.portal.web.calendar;

import com.partnerqbr.portal.plan.feed.PersonalFeeds;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's calendar feed ({@code /calendar/<vendor>/<secret>.ics}), open without signing in: the
 * secret is the key, read in the vendor the address names. A secret of nobody, a replaced or stopped
 * one, or one of another vendor answers 404 in words; nothing else is said about it.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9._-]{1,64})/([A-Za-z0-9_-]{1,64})\\.ics");

    @Inject
    private CallerContext callerContext;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private PersonalFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> ics = !path.matches() || vendors.findByCode(path.group(1)).isEmpty() ? Optional.empty()
                : callerContext.runAs(Caller.system(path.group(1)), () -> feeds.ics(path.group(2)));
        response.setHeader("Cache-Control", "no-store");
        if (ics.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("This calendar address is not known: it was never made, or it was replaced or"
                    + " stopped. Make a new one on your time zone and mail page in the portal.\n");
            return;
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.getOutputStream().write(ics.get().getBytes(StandardCharsets.UTF_8));
    }
}
