package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.review.QbrRules;
import com.partnerqbr.portal.tail.AudienceService;
import com.partnerqbr.portal.tail.AudienceService.AudienceChoice;
import com.partnerqbr.portal.tail.ProgramReviewService;
import com.partnerqbr.portal.tail.ProgramReviewService.SessionView;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.param.VersionedId;
import com.partnerqbr.portal.web.people.ViewerTime;
import com.partnerqbr.portal.web.program.NumberField;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.omnifaces.cdi.Param;

/**
 * The vendor's program review page: the series (time in the program's zone, length, join link,
 * host, agenda), its sessions with the partners' answers counted, moving or cancelling one session
 * (times in the reader's zone), the audience: how many partners are invited, and the partners
 * the vendor added or removed. The page's other parts: {@link SessionResources} and
 * {@link SessionFileUpload} (links and files), {@link OneOnOneQueue} (1:1 requests),
 * {@link LongTailMailView} (the long-tail scorecard mail).
 */
@Named
@RequestScoped
public class ProgramReviewsView {

    @EJB
    private ProgramReviewService programReviews;

    @EJB
    private AudienceService audience;

    @EJB
    private ProgramSettingsService programSettings;

    @EJB
    private ProgramClock programClock;

    @Inject
    private CallerContext callerContext;

    @Inject
    private ViewerTime viewerTime;

    /** The session chosen in the move or cancel form, with the version shown. */
    @Inject
    @Param(name = "session")
    private VersionedId session;

    private SeriesForm series;
    private List<SessionView> sessions;
    private List<AudienceChoice> choices;
    private int audienceSize;

    private final DateTimeFields when = new DateTimeFields();
    private String reason;
    private String partnerCode;

    @PostConstruct
    void load() {
        series = new SeriesForm(programReviews.series());
        sessions = programReviews.sessions();
        choices = audience.audienceChoices();
        audienceSize = audience.audienceSize();
    }

    public String saveSeries() {
        return ProgramReviewsPage.change("Not saved", ProgramReviewsPage.SESSION_OR_PARTNER, () -> {
            LocalTime at;
            try {
                at = LocalTime.parse(series.getStartTime() == null ? "" : series.getStartTime().strip());
            } catch (DateTimeParseException e) {
                throw new RefusedException("Start time: write it like 16:00.");
            }
            programReviews.saveSeries(at, NumberField.whole("Length (minutes)", series.getMinutes(), 15, 120),
                    series.getJoinLink(), series.getHost(), series.getAgenda(), series.getVersion());
            return "Saved the program review: the next sessions are planned.";
        });
    }

    public String moveSession() {
        return ProgramReviewsPage.change("Not moved", ProgramReviewsPage.SESSION_OR_PARTNER, () -> {
            SessionView moved = programReviews.move(chosen().id(), QbrRules.start(when.getDate(), when.getTime(),
                    viewerTime.getZone(), "the session").toInstant(ZoneOffset.UTC), chosen().version());
            return "Moved the " + moved.month() + " session to " + viewerTime.shown(moved.startsAt()) + ".";
        });
    }

    public String cancelSession() {
        return ProgramReviewsPage.change("Not cancelled", ProgramReviewsPage.SESSION_OR_PARTNER, () -> {
            SessionView cancelled = programReviews.cancel(chosen().id(), reason, chosen().version());
            return "Cancelled the " + cancelled.month() + " session.";
        });
    }

    public String invitePartner() {
        return ProgramReviewsPage.change("Not changed", ProgramReviewsPage.SESSION_OR_PARTNER, () -> "Invited "
                + audience.choose(partnerCode(), true).partnerName() + " to the program reviews.");
    }

    public String excludePartner() {
        return ProgramReviewsPage.change("Not changed", ProgramReviewsPage.SESSION_OR_PARTNER,
                () -> "Stopped inviting " + audience.choose(partnerCode(), false).partnerName() + " to the program reviews.");
    }

    private VersionedId chosen() {
        if (session == null) {
            throw new RefusedException("choose a session.");
        }
        return session;
    }

    private String partnerCode() {
        if (partnerCode == null || partnerCode.isBlank()) {
            throw new RefusedException("enter a partner's code.");
        }
        return partnerCode.strip();
    }

    public boolean isMayPlan() {
        return callerContext.current().may(Permission.PLAN_PROGRAM_REVIEWS);
    }

    /** "the first Tuesday of every month", a program setting. */
    public String getReviewDay() {
        return programSettings.programReviewDay().text();
    }

    /** The program's zone, in which the series' time is read. */
    public String getProgramZone() {
        return programClock.clock().zone().getId();
    }

    /** The series form, filled from the series as planned. */
    public SeriesForm getSeries() {
        return series;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    /** Sessions that take links: every one not cancelled. */
    public List<SessionView> getOpen() {
        return sessions.stream().filter(s -> !s.cancelled()).toList();
    }

    /** Sessions that may still be moved or cancelled. */
    public List<SessionView> getUpcoming() {
        return sessions.stream().filter(s -> !s.cancelled() && s.startsAt().isAfter(viewerTime.getNow())).toList();
    }

    public List<AudienceChoice> getChoices() {
        return choices;
    }

    public int getAudienceSize() {
        return audienceSize;
    }

    /** The new date and time of the form, in the viewer's zone. */
    public DateTimeFields getWhen() {
        return when;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPartnerCode() {
        return partnerCode;
    }

    public void setPartnerCode(String partnerCode) {
        this.partnerCode = partnerCode;
    }
}
