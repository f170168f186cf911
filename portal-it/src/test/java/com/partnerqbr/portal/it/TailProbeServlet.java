package com.partnerqbr.portal.it;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * The tail's probe for browser tests, which run outside the server: {@code POST /tail-probe/held?vendor=&session=}
 * puts the vendor's session a day in the past ({@link TailProbe#heldYesterday}). Deployed by {@link TailBrowserIT}
 * only, in a test EAR of its own beside the portal.
 */
@WebServlet("/held")
public class TailProbeServlet extends HttpServlet {

    @EJB
    private TailProbe probe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        long session = Long.parseLong(request.getParameter("session"));
        Acting.as(new Caller("tail-probe", request.getParameter("vendor"), null, Set.of(Role.VENDOR_ADMIN)),
                () -> probe.heldYesterday(session));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
