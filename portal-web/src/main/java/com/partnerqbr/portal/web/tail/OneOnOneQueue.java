package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.QbrRules;
import com.partnerqbr.portal.tail.OneOnOneService;
import com.partnerqbr.portal.tail.OneOnOneService.RequestView;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.param.VersionedId;
import com.partnerqbr.portal.web.people.ViewerTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.Param;

/**
 * The program review page's 1:1 requests: the tail's requests waiting, the oldest first, each
 * accepted into a QBR (growth format unless changed) or declined with a reply; those answered.
 */
@Named
@RequestScoped
public class OneOnOneQueue {

    @EJB
    private OneOnOneService oneOnOnes;

    @Inject
    private CallerContext callerContext;

    @Inject
    private ViewerTime viewerTime;

    /** The 1:1 request answered in a request's form, with the version shown. */
    @Inject
    @Param(name = "request")
    private VersionedId request;

    private List<RequestView> queue;
    private List<RequestView> answered;
    private Segment format = Segment.GROWTH;
    private String reply;
    private final DateTimeFields when = new DateTimeFields();

    @PostConstruct
    void load() {
        queue = oneOnOnes.queue();
        answered = oneOnOnes.answered();
    }

    public String acceptRequest() {
        return ProgramReviewsPage.change("Not accepted", ProgramReviewsPage.SESSION_OR_PARTNER, () -> {
            RequestView accepted = oneOnOnes.accept(answeredRequest().id(), QbrRules.start(when.getDate(),
                    when.getTime(), viewerTime.getZone()), format, answeredRequest().version());
            return "Accepted the 1:1 of " + accepted.partnerName() + ": the QBR is on "
                    + viewerTime.shownUtc(accepted.qbrStartsAt()) + ".";
        });
    }

    public String declineRequest() {
        return ProgramReviewsPage.change("Not declined", ProgramReviewsPage.SESSION_OR_PARTNER,
                () -> "Declined the 1:1 of " + oneOnOnes.decline(answeredRequest().id(), reply,
                        answeredRequest().version()).partnerName() + ".");
    }

    private VersionedId answeredRequest() {
        if (request == null) {
            throw new RefusedException("choose a request.");
        }
        return request;
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

    /** The new date and time of the form, in the viewer's zone. */
    public DateTimeFields getWhen() {
        return when;
    }
}
