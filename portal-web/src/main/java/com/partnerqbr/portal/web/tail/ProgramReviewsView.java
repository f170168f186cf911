package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.QbrRules;
import com.partnerqbr.portal.tail.LongTailMailing;
import com.partnerqbr.portal.tail.LongTailMailing.Letter;
import com.partnerqbr.portal.tail.OneOnOneService;
import com.partnerqbr.portal.tail.OneOnOneService.RequestView;
import com.partnerqbr.portal.tail.ProgramReviewService;
import com.partnerqbr.portal.tail.ProgramReviewService.AudienceChoice;
import com.partnerqbr.portal.tail.ProgramReviewService.ResourceView;
import com.partnerqbr.portal.tail.ProgramReviewService.SeriesView;
import com.partnerqbr.portal.tail.ProgramReviewService.SessionView;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.param.VersionedId;
import com.partnerqbr.portal.web.people.ViewerTime;
import com.partnerqbr.portal.web.program.Messages;
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
import java.util.function.Supplier;
import org.omnifaces.cdi.Param;

/**
 * The vendor's program review page: the series (time in the program's zone, length, join link,
 * host, agenda), its sessions with the partners' answers counted, moving or cancelling one session
 * (times in the reader's zone), the audience: how many partners are invited, and the partners
 * the vendor added or removed; the tail's 1:1 requests, accepted into a QBR or declined; and the
 * long-tail scorecard mail, previewed for one partner and sent.
 */
@Named
@RequestScoped
public class ProgramReviewsView {

    private static final String PAGE = "/vendor/program-reviews.xhtml?faces-redirect=true";

    @EJB
    private ProgramReviewService programReviews;

    @EJB
    private ProgramSettingsService programSettings;

    @EJB
    private OneOnOneService oneOnOnes;

    @EJB
    private LongTailMailing longTailMailing;

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

    /** The 1:1 request answered in a request's form, with the version shown. */
    @Inject
    @Param(name = "request")
    private VersionedId request;

    private SeriesView series;
    private List<RequestView> queue;
    private List<RequestView> answered;
    private Segment format = Segment.GROWTH;
    private String reply;
    private List<String> longTail;
    private String previewCode;
    private Letter letter;
    private List<SessionView> sessions;
    private List<AudienceChoice> choices;
    private int audienceSize;

    private String startTime;
    private String minutes;
    private String joinLink;
    private String host;
    private String agenda;
    private long seriesVersion;
    private String date;
    private String time;
    private String reason;
    private String partnerCode;
    private String resourceTitle;
    private String resourceUrl;
    private boolean recording;

    @PostConstruct
    void load() {
        series = programReviews.series();
        sessions = programReviews.sessions();
        choices = programReviews.audienceChoices();
        audienceSize = programReviews.audienceSize();
        queue = oneOnOnes.queue();
        answered = oneOnOnes.answered();
        longTail = longTailMailing.recipients();
        startTime = series.startTime().toString();
        minutes = String.valueOf(series.minutes());
        joinLink = series.joinLink();
        host = series.host();
        agenda = series.agenda();
        seriesVersion = series.version();
    }

    public String saveSeries() {
        return change("Not saved", () -> {
            LocalTime at;
            try {
                at = LocalTime.parse(startTime == null ? "" : startTime.strip());
            } catch (DateTimeParseException e) {
                throw new RefusedException("Start time: write it like 16:00.");
            }
            programReviews.saveSeries(at, NumberField.whole("Length (minutes)", minutes, 15, 120), joinLink, host, agenda,
                    seriesVersion);
            return "Saved the program review: the next sessions are planned.";
        });
    }

    public String moveSession() {
        return change("Not moved", () -> {
            SessionView moved = programReviews.move(chosen().id(), QbrRules.start(date, time, viewerTime.getZone(),
                    "the session").toInstant(ZoneOffset.UTC), chosen().version());
            return "Moved the " + moved.month() + " session to " + viewerTime.shown(moved.startsAt()) + ".";
        });
    }

    public String cancelSession() {
        return change("Not cancelled", () -> {
            SessionView cancelled = programReviews.cancel(chosen().id(), reason, chosen().version());
            return "Cancelled the " + cancelled.month() + " session.";
        });
    }

    public String addResource() {
        return change("Not added", () -> {
            ResourceView added = programReviews.addResource(chosen().id(), resourceTitle, resourceUrl, recording);
            return "Added " + (added.recording() ? "the recording " : "") + "\"" + added.title() + "\" to the session.";
        });
    }

    public String invitePartner() {
        return change("Not changed", () -> "Invited " + programReviews.choose(partnerCode(), true).partnerName()
                + " to the program reviews.");
    }

    public String excludePartner() {
        return change("Not changed", () -> "Stopped inviting " + programReviews.choose(partnerCode(), false).partnerName()
                + " to the program reviews.");
    }

    public String acceptRequest() {
        return change("Not accepted", () -> {
            RequestView accepted = oneOnOnes.accept(answeredRequest().id(), QbrRules.start(date, time, viewerTime.getZone()),
                    format, answeredRequest().version());
            return "Accepted the 1:1 of " + accepted.partnerName() + ": the QBR is on "
                    + viewerTime.shownUtc(accepted.qbrStartsAt()) + ".";
        });
    }

    public String declineRequest() {
        return change("Not declined", () -> "Declined the 1:1 of " + oneOnOnes.decline(answeredRequest().id(), reply,
                answeredRequest().version()).partnerName() + ".");
    }

    /** Shows the long-tail mail one partner would receive (stays on the page). */
    public String previewLetter() {
        try {
            letter = longTailMailing.preview(previewCode == null ? "" : previewCode.strip());
        } catch (NotFoundException e) {
            Messages.error("No preview: " + (previewCode == null ? "" : previewCode.strip())
                    + " is not a long-tail partner of the latest frozen quarter.");
        }
        return null;
    }

    public String sendLongTail() {
        return change("Not sent", () -> {
            int partners = longTailMailing.run();
            return partners == 0 ? "Nothing to send: every long-tail partner has this quarter's mail already."
                    : "Sent the long-tail scorecard mail to the people of " + partners + " partners.";
        });
    }

    public boolean isMaySendLongTail() {
        return callerContext.current().may(Permission.SEND_LONG_TAIL_MAIL);
    }

    public List<String> getLongTail() {
        return longTail;
    }

    public Letter getLetter() {
        return letter;
    }

    /** Who the previewed letter goes to, or why nobody yet. */
    public String getLetterRecipients() {
        return letter.recipients().isEmpty() ? "nobody yet (no one of the partner has signed in with an address)"
                : String.join(", ", letter.recipients());
    }

    public String getPreviewCode() {
        return previewCode;
    }

    public void setPreviewCode(String previewCode) {
        this.previewCode = previewCode;
    }

    private VersionedId answeredRequest() {
        if (request == null) {
            throw new RefusedException("choose a request.");
        }
        return request;
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

    /** Runs a change; says what was done, or why not; back to the page after a change. */
    private String change(String failed, Supplier<String> action) {
        try {
            Messages.info(action.get());
            return PAGE;
        } catch (RefusedException e) {
            Messages.error(failed + ": " + e.getMessage());
        } catch (NotFoundException e) {
            Messages.error(failed + ": that session or partner does not exist.");
        }
        return null;
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

    public SeriesView getSeries() {
        return series;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    /** Sessions that take links: every one not cancelled. */
    public List<SessionView> getOpen() {
        return sessions.stream().filter(s -> !s.cancelled()).toList();
    }

    public String getResourceTitle() {
        return resourceTitle;
    }

    public void setResourceTitle(String resourceTitle) {
        this.resourceTitle = resourceTitle;
    }

    public String getResourceUrl() {
        return resourceUrl;
    }

    public void setResourceUrl(String resourceUrl) {
        this.resourceUrl = resourceUrl;
    }

    public boolean isRecording() {
        return recording;
    }

    public void setRecording(boolean recording) {
        this.recording = recording;
    }

    /** Sessions that may still be moved or cancelled. */
    public List<SessionView> getUpcoming() {
        return sessions.stream().filter(s -> !s.cancelled() && s.startsAt().isAfter(viewerTime.getNow())).toList();
    }

    /** The 1:1 requests waiting for an answer, the oldest first. */
    public List<RequestView> getQueue() {
        return queue;
    }

    public List<RequestView> getAnswered() {
        return answered;
    }

    public boolean isMaySchedule() {
        return callerContext.current().may(Permission.SCHEDULE_QBR);
    }

    /** The formats a 1:1 may take: the growth QBR's (the default) or the strategic one's. */
    public List<Segment> getFormats() {
        return List.of(Segment.GROWTH, Segment.STRATEGIC);
    }

    public Segment getFormat() {
        return format;
    }

    public void setFormat(Segment format) {
        this.format = format;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public List<AudienceChoice> getChoices() {
        return choices;
    }

    public int getAudienceSize() {
        return audienceSize;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public void setJoinLink(String joinLink) {
        this.joinLink = joinLink;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public long getSeriesVersion() {
        return seriesVersion;
    }

    public void setSeriesVersion(long seriesVersion) {
        this.seriesVersion = seriesVersion;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
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
