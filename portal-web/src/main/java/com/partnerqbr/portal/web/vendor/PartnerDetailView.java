package com.partnerqbr.portal.web.vendor;

import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.StandingService;
import com.partnerqbr.portal.review.QbrRules;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.progress.TierProgressService.TierProgressView;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.param.IdConverter;
import com.partnerqbr.portal.web.param.VersionedId;
import com.partnerqbr.portal.web.program.Messages;
import com.partnerqbr.portal.web.people.ViewerTime;
import jakarta.ejb.EJB;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.cdi.Param;

/**
 * One partner of the vendor's program, by id from the URL: its facts, tier progress and
 * segment, and its QBRs, which vendor admins and partner managers schedule, reschedule, cancel
 * and mark held here. An id that is malformed, unknown, or another vendor's answers 404 alike.
 */
@Named
@RequestScoped
public class PartnerDetailView {

    @EJB
    private PartnerService partners;

    @EJB
    private TierProgressService tierProgress;

    @EJB
    private StandingService standings;

    @EJB
    private QbrService qbrService;

    @Inject
    private CallerContext callerContext;

    @Inject
    private ViewerTime viewerTime;

    private TierProgressView progress;
    private String overrideSegment;
    private String overrideReason;
    private List<QbrView> qbrs;
    private String qbrDate;
    private String qbrTime;

    /** The partner of the page ({@code ?id=}); null when missing or malformed. */
    @Inject
    @Param(name = "id", converter = IdConverter.ID)
    private Long id;

    /** The partner a form acts on (its hidden field; the request of a postback has no {@code id}). */
    @Inject
    @Param(name = "partnerId", converter = IdConverter.ID)
    private Long partnerId;

    @Inject
    @Param(name = "quarter")
    private Quarter standingQuarter;

    @Inject
    @Param(name = "standingVersion", converter = IdConverter.ID)
    private Long standingVersion;

    @Inject
    @Param(name = "qbrQuarter")
    private Quarter qbrQuarter;

    /** The scheduled QBR chosen in the form, with the version shown. */
    @Inject
    @Param(name = "qbr")
    private VersionedId qbr;

    private Partner partner;

    /**
     * Reads the partner of the page ({@code ?id=}) or, in a form's postback, of the form's hidden
     * {@code partnerId}, before the forms are decoded: their {@code rendered} tests read it, and
     * a form that is not rendered does not run.
     */
    @PostConstruct
    void read() {
        Long which = id != null ? id : partnerId;
        if (which != null) {
            try {
                partner = partners.find(which);
                progress = tierProgress.progress(partner.getId());
                qbrs = qbrService.qbrsOf(partner.getId());
            } catch (NotFoundException e) {
                partner = null;
            }
        }
    }

    /** The page's view action: an unknown, foreign or malformed id answers 404. */
    public void load() throws IOException {
        if (partner != null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Partner not found");
        faces.responseComplete();
    }

    public Partner getPartner() {
        return partner;
    }

    /** Whether the caller may edit, archive and restore partners. */
    public boolean isMayManage() {
        return callerContext.current().may(Permission.MANAGE_PARTNERS);
    }

    /**
     * Overrides the segment of the partner's latest standing with a reason (vendor admins); an
     * empty segment goes back to the computed one. Refusals say why and change nothing; both
     * answers redirect back to the partner's page.
     */
    public String overrideSegment() {
        if (partnerId == null || standingVersion == null || standingQuarter == null) {
            Messages.error("Not changed: the partner's standing was not named.");
            return null;
        }
        try {
            standings.override(partnerId, standingQuarter,
                    overrideSegment == null || overrideSegment.isBlank() ? null : Segment.valueOf(overrideSegment),
                    overrideReason, standingVersion);
            Messages.info("Segment of " + standingQuarter + " changed.");
        } catch (RefusedException e) {
            Messages.error("Not changed: " + e.getMessage());
        } catch (NotFoundException | IllegalArgumentException e) {
            Messages.error("Not changed: that partner or quarter does not exist.");
        }
        // back to the page either way (post-redirect-get), the message in the growl
        return backToPartner();
    }

    /** Schedules a QBR for the partner on the chosen quarter, date and time (UTC). */
    public String scheduleQbr() {
        if (partnerId == null) {
            Messages.error("Not scheduled: the partner was not named.");
            return null;
        }
        try {
            QbrView q = qbrService.schedule(partnerId, qbrQuarter, QbrRules.start(qbrDate, qbrTime,
                    viewerTime.getZone()));
            Messages.info("Scheduled the " + q.quarter() + " QBR of " + q.partnerName() + " for "
                    + viewerTime.shownUtc(q.startsAt()) + ".");
        } catch (RefusedException e) {
            Messages.error("Not scheduled: " + e.getMessage());
        } catch (NotFoundException | IllegalArgumentException e) {
            Messages.error("Not scheduled: that partner or quarter does not exist.");
        }
        return backToPartner();
    }

    /** Moves the chosen scheduled QBR to the date and time given. */
    public String rescheduleQbr() {
        return changeQbr("rescheduled", () -> {
            QbrView q = qbrService.reschedule(qbr.id(), QbrRules.start(qbrDate, qbrTime, viewerTime.getZone()),
                    qbr.version());
            return "Moved the " + q.quarter() + " QBR of " + q.partnerName() + " to " + viewerTime.shownUtc(
                    q.startsAt()) + ".";
        });
    }

    public String cancelQbr() {
        return changeQbr("cancelled", () -> {
            QbrView q = qbrService.cancel(qbr.id(), qbr.version());
            return "Cancelled the " + q.quarter() + " QBR of " + q.partnerName() + ".";
        });
    }

    public String markQbrHeld() {
        return changeQbr("marked held", () -> {
            QbrView q = qbrService.markHeld(qbr.id(), qbr.version());
            return "Marked the " + q.quarter() + " QBR of " + q.partnerName() + " held.";
        });
    }

    /** Changes the QBR chosen in the form; refusals say why; back to the partner's page either way. */
    private String changeQbr(String change, Supplier<String> action) {
        if (partnerId == null || qbr == null) {
            Messages.error("Not " + change + ": choose a QBR.");
            return null;
        }
        try {
            Messages.info(action.get());
        } catch (RefusedException e) {
            Messages.error("Not " + change + ": " + e.getMessage());
        } catch (NotFoundException e) {
            Messages.error("Not " + change + ": that QBR does not exist.");
        }
        return backToPartner();
    }

    private String backToPartner() {
        return "/vendor/partner.xhtml?faces-redirect=true&id=" + partnerId;
    }

    public boolean isMayManageQbrs() {
        return callerContext.current().may(Permission.SCHEDULE_QBR);
    }

    public List<QbrView> getQbrs() {
        return qbrs;
    }

    /** The partner's scheduled QBRs; none on a postback, before anything is loaded. */
    public List<QbrView> getScheduledQbrs() {
        return qbrs == null ? List.of() : qbrs.stream().filter(q -> q.status() == QbrStatus.SCHEDULED).toList();
    }

    /** The quarter a new QBR reviews by default; the next one and the previous one (late) may be chosen too. */
    public Quarter getCurrentQuarter() {
        return ProgramCalendar.currentQuarter();
    }

    public String getQbrDate() {
        return qbrDate;
    }

    public void setQbrDate(String qbrDate) {
        this.qbrDate = qbrDate;
    }

    public String getQbrTime() {
        return qbrTime;
    }

    public void setQbrTime(String qbrTime) {
        this.qbrTime = qbrTime;
    }

    public boolean isMayOverride() {
        return callerContext.current().may(Permission.OVERRIDE_SEGMENT);
    }

    public List<Segment> getSegments() {
        return List.of(Segment.values());
    }

    public String getOverrideSegment() {
        return overrideSegment;
    }

    public void setOverrideSegment(String overrideSegment) {
        this.overrideSegment = overrideSegment;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public TierProgressView getProgress() {
        return progress;
    }
}
