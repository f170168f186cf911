package com.partnerqbr.portal.web.mail;

import static com.partnerqbr.portal.mail.MailMessage.html;

import com.partnerqbr.portal.mail.Subscriptions;
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
import java.util.Optional;

/**
 * The one-click unsubscribe link of reminders (RFC 8058), open without signing in: a POST (what a
 * mail client sends for List-Unsubscribe-Post, or the button of the page a GET shows) opts the
 * address its token belongs to out of the vendor's non-essential mail. A GET changes nothing (mail
 * scanners follow links). A token of nobody, or of another vendor, answers 404 in words.
 */
@WebServlet("/unsubscribe")
public class Unsubscribe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CallerContext callerContext;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private Subscriptions subscriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String vendor = request.getParameter("vendor");
        String token = request.getParameter("token");
        page(response, HttpServletResponse.SC_OK, "<p>Stop the reminders and digests of this partner program?"
                + " Invitations and recaps still arrive.</p><form method=\"post\"><input type=\"hidden\" name=\"vendor\""
                + " value=\"" + html(vendor == null ? "" : vendor) + "\"><input type=\"hidden\" name=\"token\" value=\""
                + html(token == null ? "" : token) + "\"><button type=\"submit\">Unsubscribe</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String vendor = request.getParameter("vendor");
        String token = request.getParameter("token");
        Optional<String> address = vendor == null || vendors.findByCode(vendor).isEmpty() ? Optional.empty()
                : callerContext.runAs(Caller.system(vendor), () -> subscriptions.unsubscribe(token));
        if (address.isEmpty()) {
            page(response, HttpServletResponse.SC_NOT_FOUND, "<p>This unsubscribe link is not known: nothing was"
                    + " changed.</p>");
        } else {
            page(response, HttpServletResponse.SC_OK, "<p>Unsubscribed: " + html(address.get()) + " gets no more"
                    + " reminders or digests. Invitations and recaps still arrive.</p><p>Changed your mind? Sign in"
                    + " and choose the reminders you receive on <a href=\"" + html(request.getContextPath())
                    + "/time-zone.xhtml#mail\">your time zone and mail</a>.</p>");
        }
    }

    private static void page(HttpServletResponse response, int status, String body) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><meta"
                + " name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Unsubscribe</title></head>"
                + "<body><main><h1>Unsubscribe</h1>" + body + "</main></body></html>");
    }
}
