package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tail.AttendanceService;
import com.partnerqbr.portal.tail.AttendanceService.SessionAttendance;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.param.IdConverter;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.omnifaces.cdi.Param;

/**
 * A program review session's attendance ({@code ?session=}): who of the invited partners attended,
 * marked one by one or imported from the webinar tool's attendance file once the session was held.
 * A session that is unknown, another vendor's or cancelled answers 404.
 */
@Named
@RequestScoped
public class SessionAttendanceView {

    private static final String PAGE = "/vendor/program-review-session.xhtml?faces-redirect=true&session=";

    @EJB
    private AttendanceService attendanceService;

    @Inject
    private CallerContext callerContext;

    /** The session of the page, from the URL or a form's hidden field of the same name. */
    @Inject
    @Param(name = "session", converter = IdConverter.ID)
    private Long session;

    /** The partner a row's form records (its hidden field). */
    @Inject
    @Param(name = "partner")
    private String partnerCode;

    private SessionAttendance attendance;
    private transient Part file;

    @PostConstruct
    void read() {
        if (session != null) {
            try {
                attendance = attendanceService.attendance(session);
            } catch (NotFoundException e) {
                attendance = null;
            }
        }
    }

    /** The page's view action: an unknown, foreign or cancelled session answers 404. */
    public void load() throws IOException {
        if (attendance == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Session not found");
            faces.responseComplete();
        }
    }

    public String attended() {
        return change(() -> record(true));
    }

    public String absent() {
        return change(() -> record(false));
    }

    private String record(boolean attended) {
        if (partnerCode == null || partnerCode.isBlank()) {
            throw new RefusedException("choose a partner.");
        }
        SessionAttendance after = attendanceService.record(session, partnerCode, attended);
        String name = after.partners().stream().filter(p -> p.partnerCode().equals(partnerCode.strip()))
                .map(AttendanceService.PartnerAttendance::partnerName).findFirst().orElse(partnerCode);
        return "Recorded: " + name + (attended ? " attended." : " did not attend.");
    }

    public String importFile() {
        return change(() -> {
            if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
                throw new RefusedException("Choose the attendance file (CSV) to import.");
            }
            try (InputStream in = file.getInputStream()) {
                SessionAttendance after = attendanceService.importCsv(session,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                return "Imported " + file.getSubmittedFileName() + ": " + after.attended() + " of "
                        + after.partners().size() + " invited partners attended.";
            } catch (IOException e) {
                throw new RefusedException("The file could not be read; please try again.");
            }
        });
    }

    /** Runs a change; says what was done, or why not; back to the page after a change. */
    private String change(Supplier<String> action) {
        try {
            Messages.info(action.get());
            return PAGE + session;
        } catch (RefusedException e) {
            Messages.error("Not recorded: " + e.getMessage());
        } catch (NotFoundException e) {
            Messages.error("Not recorded: that session or partner does not exist.");
        }
        return null;
    }

    /** Whether the caller may record the attendance now: the session was held and the caller plans reviews. */
    public boolean isMayRecord() {
        return attendance != null && attendance.held() && callerContext.current().may(Permission.PLAN_PROGRAM_REVIEWS);
    }

    public SessionAttendance getAttendance() {
        return attendance;
    }

    public Long getSession() {
        return session;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
