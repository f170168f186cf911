package com.partnerqbr.portal.web.partner;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.review.progress.TierProgressService.TierProgressView;
import com.partnerqbr.portal.tail.AttendanceService;
import com.partnerqbr.portal.tail.CohortService;
import com.partnerqbr.portal.tail.CohortService.CohortView;
import com.partnerqbr.portal.tail.OneOnOneService;
import com.partnerqbr.portal.tail.OneOnOneService.RequestView;
import com.partnerqbr.portal.tail.ProgramReviewService.SessionView;
import com.partnerqbr.portal.tail.RegistrationService;
import com.partnerqbr.portal.tail.RegistrationService.InvitedSession;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.param.IdConverter;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;

/**
 * A partner user's home: their partner, its type, its current tier, the progress to the next tier,
 * its segment and what it means (the next QBR or program review), its QBRs, and for a partner of the
 * tail the tail's figures with its own place in them.
 */
@Named
@RequestScoped
public class PartnerHomeView {

    @EJB
    private PartnerService partners;

    @EJB
    private TierProgressService tierProgress;

    @EJB
    private QbrService qbrService;

    @EJB
    private CohortService cohorts;

    @EJB
    private RegistrationService registrations;

    @EJB
    private OneOnOneService oneOnOneService;

    @EJB
    private AttendanceService attendance;

    @Inject
    private CallerContext callerContext;

    private Partner partner;
    private TierProgressView progress;
    private List<QbrView> qbrs;
    private CohortView cohort;
    private InvitedSession programReview;
    private List<SessionView> pastProgramReviews;
    private Map<Long, Boolean> ownAttendance = Map.of();
    private List<RequestView> oneOnOnes;
    private String oneOnOneReason;

    /** The session answered in the program review form. */
    @Inject
    @Param(name = "session", converter = IdConverter.ID)
    private Long session;

    @PostConstruct
    void load() {
        partner = partners.ownPartner();
        progress = tierProgress.ownProgress();
        qbrs = qbrService.ownQbrs().stream().filter(q -> q.status() != QbrStatus.CANCELLED).toList();
        programReview = registrations.ownNext().orElse(null);
        pastProgramReviews = registrations.ownPast();
        if (!pastProgramReviews.isEmpty()) {
            ownAttendance = attendance.ownAttendance();
        }
        if (CohortService.TAIL.contains(progress.segment())) {
            cohort = cohorts.ownView().orElse(null);
            oneOnOnes = oneOnOneService.ownRequests();
        }
    }

    public Partner getPartner() {
        return partner;
    }

    public TierProgressView getProgress() {
        return progress;
    }

    /** The tail's figures and the partner's place in them, for a partner of the tail; null for others. */
    public CohortView getCohort() {
        return cohort;
    }

    /** The next program review the partner is invited to, with the reader's answer; null when none. */
    public InvitedSession getProgramReview() {
        return programReview;
    }

    /** The program reviews held for the partner, the newest first, with their links and recordings. */
    public List<SessionView> getPastProgramReviews() {
        return pastProgramReviews;
    }

    /** Whether the partner attended each past program review its attendance was recorded for, by session id. */
    public Map<Long, Boolean> getOwnAttendance() {
        return ownAttendance;
    }

    public boolean isMayAnswer() {
        return callerContext.current().may(Permission.ANSWER_PROGRAM_REVIEW);
    }

    public String register() {
        return answer(true);
    }

    public String decline() {
        return answer(false);
    }

    private String answer(boolean register) {
        try {
            InvitedSession answered = registrations.answer(session == null ? -1 : session, register);
            Messages.info((register ? "Registered" : "Declined") + ": the program review of "
                    + answered.session().month() + ".");
            return "/partner/home.xhtml?faces-redirect=true";
        } catch (NotFoundException e) {
            Messages.error("Not answered: that session is not open to your partner (held, cancelled or not yours).");
            return null;
        }
    }

    /** A tail partner's 1:1 requests, the newest first; null for a partner of another segment. */
    public List<RequestView> getOneOnOnes() {
        return oneOnOnes;
    }

    public boolean isMayRequestOneOnOne() {
        return oneOnOnes != null && callerContext.current().may(Permission.REQUEST_ONE_ON_ONE);
    }

    public String requestOneOnOne() {
        try {
            oneOnOneService.request(oneOnOneReason);
            Messages.info("Sent your 1:1 request: the vendor answers here and by mail.");
            return "/partner/home.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not sent: " + e.getMessage());
            return null;
        }
    }

    public String getOneOnOneReason() {
        return oneOnOneReason;
    }

    public void setOneOnOneReason(String oneOnOneReason) {
        this.oneOnOneReason = oneOnOneReason;
    }

    /** The partner's QBRs that were not cancelled, newest first. */
    public List<QbrView> getQbrs() {
        return qbrs;
    }
}
