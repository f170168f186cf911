package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.tail.ProgramReviewFiles;
import com.partnerqbr.portal.tail.ProgramReviewFiles.Download;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A program review session's file ({@code /program-review-file/<id>}), for the signed-in vendor
 * staff and invited partners' users (the service decides); anything else, a malformed id or
 * another vendor's file answers 404 in words. Sent as an attachment of the type the portal found.
 */
@WebServlet("/program-review-file/*")
public class ProgramReviewFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProgramReviewFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Cache-Control", "private, no-store");
        Download file;
        try {
            if (!path.matches("/[0-9]{1,18}")) {
                throw new NotFoundException("program review file", path);
            }
            file = files.download(Long.parseLong(path.substring(1)));
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("This file does not exist, or it is not yours to read.\n");
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(file.content());
    }
}
