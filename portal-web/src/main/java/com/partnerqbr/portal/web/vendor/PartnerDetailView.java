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
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

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

    private TierProgressView progress;
    private String overrideSegment;
    private String overrideReason;
    private List<QbrView> qbrs;
    private String qbrDate;
    private String qbrTime;

    private String id;
    private Partner partner;

    public void load() throws IOException {
        if (id != null && id.matches("[0-9]{1,18}")) {
            try {
                partner = partners.find(Long.parseLong(id));
                progress = tierProgress.progress(partner.getId());
                qbrs = qbrService.qbrsOf(partner.getId());
                return;
            } catch (NotFoundException e) {
                // answered below, exactly like a malformed id
            }
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Partner not found");
        faces.responseComplete();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Partner getPartner() {
        return partner;
    }

    /**
     * Overrides the segment of the partner's latest standing with a reason (vendor admins); an
     * empty segment goes back to the computed one. Refusals say why and change nothing; both
     * answers redirect back to the partner's page.
     */
    public String overrideSegment() {
        String partnerId = param("partnerId");
        String quarter = param("quarter");
        String version = param("standingVersion");
        if (partnerId == null || !partnerId.matches("[0-9]{1,18}") || version == null || !version.matches("[0-9]{1,18}")
                || quarter == null) {
            Messages.error("Not changed: the partner's standing was not named.");
            return null;
        }
        try {
            standings.override(Long.parseLong(partnerId), Quarter.parse(quarter),
                    overrideSegment == null || overrideSegment.isBlank() ? null : Segment.valueOf(overrideSegment),
                    overrideReason, Long.parseLong(version));
            Messages.info("Segment of " + quarter + " changed.");
        } catch (RefusedException e) {
            Messages.error("Not changed: " + e.getMessage());
        } catch (NotFoundException | IllegalArgumentException e) {
            Messages.error("Not changed: that partner or quarter does not exist.");
        }
        // back to the page either way (post-redirect-get), the message in the growl
        return backToPartner(partnerId);
    }

    /** Schedules a QBR for the partner on the chosen quarter, date and time (UTC). */
    public String scheduleQbr() {
        String partnerId = param("partnerId");
        if (partnerId == null || !partnerId.matches("[0-9]{1,18}")) {
            Messages.error("Not scheduled: the partner was not named.");
            return null;
        }
        try {
            String chosen = param("qbrQuarter");
            Quarter quarter = chosen == null || chosen.isBlank() ? null : Quarter.parse(chosen);
            QbrView q = qbrService.schedule(Long.parseLong(partnerId), quarter, QbrRules.start(qbrDate, qbrTime));
            Messages.info("Scheduled the " + q.quarter() + " QBR of " + q.partnerName() + " for " + q.when() + ".");
        } catch (RefusedException e) {
            Messages.error("Not scheduled: " + e.getMessage());
        } catch (NotFoundException | IllegalArgumentException e) {
            Messages.error("Not scheduled: that partner or quarter does not exist.");
        }
        return backToPartner(partnerId);
    }

    /** Moves the chosen scheduled QBR to the date and time given. */
    public String rescheduleQbr() {
        return changeQbr("rescheduled", qbr -> {
            QbrView q = qbrService.reschedule(qbr[0], QbrRules.start(qbrDate, qbrTime), qbr[1]);
            return "Moved the " + q.quarter() + " QBR of " + q.partnerName() + " to " + q.when() + ".";
        });
    }

    public String cancelQbr() {
        return changeQbr("cancelled", qbr -> {
            QbrView q = qbrService.cancel(qbr[0], qbr[1]);
            return "Cancelled the " + q.quarter() + " QBR of " + q.partnerName() + ".";
        });
    }

    public String markQbrHeld() {
        return changeQbr("marked held", qbr -> {
            QbrView q = qbrService.markHeld(qbr[0], qbr[1]);
            return "Marked the " + q.quarter() + " QBR of " + q.partnerName() + " held.";
        });
    }

    /** Changes the QBR chosen in the form ("id:version"); refusals say why; back to the partner's page either way. */
    private String changeQbr(String change, Function<long[], String> action) {
        String partnerId = param("partnerId");
        String chosen = param("qbr");
        if (partnerId == null || !partnerId.matches("[0-9]{1,18}") || chosen == null
                || !chosen.matches("[0-9]{1,18}:[0-9]{1,18}")) {
            Messages.error("Not " + change + ": choose a QBR.");
            return null;
        }
        try {
            int colon = chosen.indexOf(':');
            Messages.info(action.apply(new long[] {Long.parseLong(chosen.substring(0, colon)),
                Long.parseLong(chosen.substring(colon + 1))}));
        } catch (RefusedException e) {
            Messages.error("Not " + change + ": " + e.getMessage());
        } catch (NotFoundException e) {
            Messages.error("Not " + change + ": that QBR does not exist.");
        }
        return backToPartner(partnerId);
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static String backToPartner(String partnerId) {
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
