package com.partnerqbr.portal.web.review;

import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.review.healthcheck.HealthCheckService;
import com.partnerqbr.portal.review.invitation.InvitationService;
import com.partnerqbr.portal.review.invitation.InvitationService.InvitationView;
import com.partnerqbr.portal.review.healthcheck.HealthQuestion;
import com.partnerqbr.portal.review.feedback.FeedbackService;
import com.partnerqbr.portal.review.meeting.MeetingService;
import com.partnerqbr.portal.review.pipeline.HelpNeeded;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService;
import com.partnerqbr.portal.review.preread.PreReadPdf;
import com.partnerqbr.portal.review.preread.PreReadReaders;
import com.partnerqbr.portal.review.preread.PreReadService;
import com.partnerqbr.portal.review.preread.PreReadView;
import com.partnerqbr.portal.review.winloss.WinLossService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.program.Downloads;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import com.partnerqbr.portal.web.people.ViewerTime;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The forms of the QBR workspace's pre-read, meeting and record: each runs one service call,
 * says what happened or why nothing did, and redirects back to the workspace.
 */
@Named
@RequestScoped
public class QbrRecordForms {

    @EJB
    private PreReadService preReads;

    @EJB
    private InvitationService invitations;

    private InvitationView invitation;

    @EJB
    private PreReadReaders readers;

    @Inject
    private ViewerTime viewerTime;

    @EJB
    private MeetingService meeting;

    @EJB
    private WinLossService winLoss;

    @EJB
    private PipelineReviewService pipeline;

    @EJB
    private FeedbackService feedback;

    @EJB
    private HealthCheckService healthChecks;

    /** The QBR's calendar invitation, or null for a QBR the caller may not read. */
    public InvitationView invitation(long qbrId) {
        if (invitation == null) {
            try {
                invitation = invitations.view(qbrId);
            } catch (NotFoundException e) {
                return null;
            }
        }
        return invitation;
    }

    public String invite() {
        return QbrForms.change("Not invited", q -> {
            int sent = invitations.invite(q);
            return "The calendar invitation is on its way to " + sent + (sent == 1 ? " person." : " people.");
        });
    }

    public String writePreRead() {
        return QbrForms.change("Not saved", q -> {
            preReads.write(q, QbrForms.param("decisionsNeeded"), QbrForms.param("priorities"));
            return "Saved the decisions needed and the proposed priorities.";
        });
    }

    public String publish() {
        return QbrForms.change("Not published", q -> {
            PreReadView p = preReads.publish(q);
            return "The pre-read is published to the partner with " + p.flags().size() + " flag"
                    + (p.flags().size() == 1 ? "" : "s") + ".";
        });
    }

    /** Sends the pre-read as a PDF (a partner user's download counts as opening it). */
    public void pdf() throws IOException {
        Long q = QbrForms.number("qbr");
        Downloads.send("pre-read-" + q + ".pdf", "application/pdf", "Pre-read not found",
                () -> PreReadPdf.render(readers.open(q == null ? -1 : q), viewerTime.getZone()));
    }

    public String startSection() {
        return QbrForms.change("Not started", q -> {
            Long section = QbrForms.number("section");
            meeting.startSection(q, section == null ? -1 : section);
            return "The section's clock runs.";
        });
    }

    public String note() {
        return QbrForms.change("Not noted", q -> {
            meeting.note(q, QbrForms.number("section"), QbrForms.param("text"));
            return "Noted.";
        });
    }

    public String decideFromNote() {
        return QbrForms.change("Not decided", q -> {
            Long note = QbrForms.number("note");
            return "Decision recorded: " + meeting.decideFromNote(note == null ? -1 : note).text();
        });
    }

    public String decide() {
        return QbrForms.change("Not decided", q -> "Decision recorded: " + meeting.decide(q, QbrForms.param("text"),
                QbrForms.param("decidedBy"), "PARTNER".equals(QbrForms.param("side")) ? Side.PARTNER : Side.VENDOR)
                .text());
    }

    public String markHeld() {
        return QbrForms.change("Not marked held", q -> {
            String[] chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                    .getOrDefault("attended", new String[0]);
            Set<Long> attended = new HashSet<>();
            Arrays.stream(chosen).filter(v -> v.matches("[0-9]{1,18}")).forEach(v -> attended.add(Long.valueOf(v)));
            Long version = QbrForms.number("qbrVersion");
            meeting.markHeld(q, attended, version == null ? -1 : version);
            return "Marked held; " + attended.size() + " attended.";
        });
    }

    public String proposeWinLoss() {
        return QbrForms.change("Not proposed", q -> "Proposed " + winLoss.propose(q).size() + " wins and losses.");
    }

    public String reviewWinLoss() {
        return QbrForms.change("Not saved", q -> {
            Long item = QbrForms.number("item");
            Long version = QbrForms.number("itemVersion");
            long id = item == null ? -1 : item;
            long v = version == null ? -1 : version;
            if ("true".equals(QbrForms.param("win"))) {
                winLoss.reviewWin(id, QbrForms.param("text"), QbrForms.param("repeatable") != null, v);
            } else {
                String reason = QbrForms.param("reason");
                winLoss.reviewLoss(id, reason == null ? null : LossReason.valueOf(reason), QbrForms.param("text"), v);
            }
            return "Saved.";
        });
    }

    public String reviewDeal() {
        return QbrForms.change("Not saved", q -> {
            Long deal = QbrForms.number("deal");
            Long version = QbrForms.number("lineVersion");
            String help = QbrForms.param("help");
            pipeline.review(q, deal == null ? -1 : deal, QbrForms.param("blocker"),
                    help == null ? HelpNeeded.NONE : HelpNeeded.valueOf(help), QbrForms.param("nextStep"),
                    QbrForms.param("owner"), version == null ? -2 : version);
            return "Saved the review of the deal.";
        });
    }

    public String answerFeedback() {
        return QbrForms.change("Not saved", q -> {
            Long version = QbrForms.number("feedbackVersion");
            feedback.answer(q, QbrForms.param("answer"), QbrForms.param("theme"), version == null ? -2 : version);
            return "Saved the partner's feedback.";
        });
    }

    public String respondFeedback() {
        return QbrForms.change("Not saved", q -> {
            Long version = QbrForms.number("feedbackVersion");
            feedback.respond(q, QbrForms.param("response"), QbrForms.param("addressed") != null,
                    version == null ? -2 : version);
            return "Saved the response.";
        });
    }

    public String answerHealth() {
        return QbrForms.change("Not saved", q -> {
            int[] ratings = new int[HealthQuestion.values().length];
            for (int i = 0; i < ratings.length; i++) {
                ratings[i] = QbrForms.minutes("rating_" + i);
            }
            healthChecks.answer(q, ratings);
            return "Saved your side's health check.";
        });
    }
}
